import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {chromium, type Browser, type Page} from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH); never a browser a tool downloads. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `No Chromium at ${candidate}: run 'make test' as root to install Debian's chromium, or set CHROMIUM_PATH.`,
    );
  }
  return candidate;
}

/**
 * No sandbox (root in a container), and nothing that reaches the network on
 * its own: this machine's closed network refuses it, many times a start.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
}

/**
 * Runs a script file of the test's own (axe, a library under measurement) in
 * the page. Not as a `<script>` tag: the site's Content-Security-Policy refuses
 * inline scripts, as it should; the DevTools protocol's evaluation is not a
 * script of the page's and is not subject to it.
 */
export async function runScriptFile(page: Page, file: string): Promise<void> {
  await page.evaluate(await readFile(file, 'utf8'));
}
