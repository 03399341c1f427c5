import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {serveStatic} from '../../scripts/harness/staticServer';
import {fewAtATime} from '../support/fewAtATime';
import {GENERATED_ROUTES, NOTE_ROUTES} from '../support/readerRoutes';

/**
 * The real site's pages under their Content-Security-Policy (a <meta>, as
 * GitHub Pages serves them): Docusaurus, the colour mode, search, the map
 * and notebooks work with no violation, and a script that got into a page's
 * content does not run.
 */
const PROBE = '/csp-probe/';
/** The same page without its policy: shows that the probe would run. */
const UNGUARDED = '/csp-probe-unguarded/';
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  const outDir = inject('realSiteOutDir');
  // A built page with what the sanitizer keeps out written into its content, as if it had not.
  const html = await readFile(path.join(outDir, 'progress/index.html'), 'utf8');
  // After the app's root, where hydration leaves it.
  const injected = html.replace(
    '</body>',
    '<script>alert("inline")</script><img src="x" onerror="alert(\'handler\')">' +
      '<a id="probe" href="javascript:alert(\'link\')">probe</a></body>',
  );
  expect(injected).not.toBe(html);
  await mkdir(path.join(outDir, PROBE), {recursive: true});
  await writeFile(path.join(outDir, PROBE, 'index.html'), injected);
  await mkdir(path.join(outDir, UNGUARDED), {recursive: true});
  await writeFile(
    path.join(outDir, UNGUARDED, 'index.html'),
    injected.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  );
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  page: Page;
  violations: string[];
  dialogs: string[];
}

async function open(route: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const page = await browser.newPage({colorScheme});
  const opened: Opened = {page, violations: [], dialogs: []};
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) opened.violations.push(message.text().slice(0, 160));
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.url + route, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return opened;
}

describe('the Content-Security-Policy of the built site', () => {
  it('every kind of page carries it and runs with no violation, in light and dark', {timeout: 180_000}, async () => {
    const failures: string[] = [];
    const routes = [
      ...GENERATED_ROUTES,
      ...NOTE_ROUTES,
      '/blog',
      '/docs/courses',
      '/docs/courses/ng-ml-spec/regression-lab',
    ];
    const visits = routes.flatMap((route) => [[route, 'light'] as const, [route, 'dark'] as const]);
    // Four pages at once: each visit is mostly waiting for the network to go idle.
    await fewAtATime(visits, 4, async ([route, scheme]) => {
      const {page, violations} = await open(route, scheme);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      if (!policy?.startsWith("default-src 'self'")) failures.push(`${route}: no policy`);
      // The colour-mode script (inline, allowed by its hash) ran before first paint.
      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      if (theme !== scheme) failures.push(`${route} ${scheme}: data-theme ${theme}`);
      for (const violation of violations) failures.push(`${route} ${scheme}: ${violation}`);
      await page.close();
    });
    expect(failures).toEqual([]);
  });

  it('search (Pagefind and its WebAssembly) and the map work under it', {timeout: 60_000}, async () => {
    const search = await open('/');
    await search.page.keyboard.press('/');
    await search.page.keyboard.type('bert');
    await search.page.getByRole('list', {name: 'Results'}).getByRole('link').first().waitFor();
    expect(search.violations).toEqual([]);
    await search.page.close();
    const map = await open('/graph');
    await map.page.locator('canvas').first().waitFor();
    expect(map.violations).toEqual([]);
    await map.page.close();
  });

  it('refuses a script, a handler and a javascript: link that reached the content', {timeout: 60_000}, async () => {
    const {page, violations, dialogs} = await open(PROBE);
    await page.locator('#probe').click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    // One refusal each: the inline script, the onerror handler, the link followed.
    expect(
      violations.filter((v) => /inline script|inline event handler|script-src/i.test(v)).length,
    ).toBeGreaterThanOrEqual(3);
    await page.close();
    const unguarded = await open(UNGUARDED);
    await unguarded.page.locator('#probe').click();
    await expect.poll(() => unguarded.dialogs.length).toBe(3);
    expect(unguarded.dialogs.sort()).toEqual(['handler', 'inline', 'link']);
    await unguarded.page.close();
  });
});
