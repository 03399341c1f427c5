import {readFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {activeSvg} from '../support/attackCorpus';

/**
 * README's "Serving with headers" advises a header for published pictures.
 * This serves an active SVG with the header as README writes it, and bare,
 * and opens both by their address in Chromium.
 */
let browser: Browser;
let server: Server;
let origin: string;

/** The policy README's _headers example gives the notebook outputs. */
async function readmePolicy(): Promise<string> {
  const readme = await readFile(path.join(REPO_DIR, 'README.md'), 'utf8');
  const policy = /^\/assets\/notebook-outputs\/\*\n {2}Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  if (!policy) throw new Error('README.md: no _headers rule for /assets/notebook-outputs/*');
  return policy;
}

beforeAll(async () => {
  const policy = await readmePolicy();
  server = createServer((request, response) => {
    if (request.url === '/page') {
      response.setHeader('content-type', 'text/html');
      response.end('<img id="picture" src="/assets/notebook-outputs/a.svg">');
      return;
    }
    response.setHeader('content-type', 'image/svg+xml');
    if (request.url === '/assets/notebook-outputs/a.svg') response.setHeader('content-security-policy', policy);
    response.end(activeSvg(1));
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function dialogsOpening(address: string): Promise<string[]> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(origin + address, {waitUntil: 'load'});
  await page.waitForTimeout(1_200); // the SVG's animation begins after a second
  await page.close();
  return dialogs.sort();
}

describe("README's headers for published pictures", () => {
  it('stop an active SVG opened by its address, which runs when served bare', async () => {
    expect(await dialogsOpening('/bare.svg')).toEqual(['1', '2', '6']);
    expect(await dialogsOpening('/assets/notebook-outputs/a.svg')).toEqual([]);
  });

  it('leave the picture showing in a page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/page`, {waitUntil: 'load'});
    await expect
      .poll(() => page.evaluate(() => (document.getElementById('picture') as HTMLImageElement).naturalWidth))
      .toBe(120);
    await page.close();
  });
});
