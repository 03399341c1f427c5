import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeNotebookSite, NOTEBOOK_PAGES} from '../../scripts/corpus/notebookSite';
import {launchChromium} from '../../scripts/harness/browser';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';
import {blockingViolations, COLOUR_RULES, describeViolations} from '../support/axe';

/**
 * Notebook pages in Chromium: figures load as files, the DataFrame is a
 * table, math is KaTeX, the hostile outputs do nothing, and axe passes in
 * both colour schemes. Screenshots at a desktop and a phone width.
 */
const GRADIENT = `/${NOTEBOOK_PAGES.notes[0]!.route}`;
const HOSTILE = `/${NOTEBOOK_PAGES.notes[1]!.route}`;
const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots/notebooks');

let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  const siteDir = await makeNotebookSite(REPO_DIR, {hostile: true});
  const build = await buildSite(siteDir);
  if (build.code !== 0) throw new Error(build.output);
  site = await serveStatic(build.outDir);
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  page: Page;
  dialogs: string[];
  offSite: string[];
  close: () => Promise<void>;
}

/** A route with every other host refused, after hydration; dialogs and other-origin requests recorded. */
async function open(route: string, viewport = {width: 1280, height: 900}): Promise<Opened> {
  const context = await browser.newContext({viewport, colorScheme: 'light'});
  const opened: Opened = {page: await context.newPage(), dialogs: [], offSite: [], close: () => context.close()};
  await context.route('**/*', (request) => {
    const url = request.request().url();
    if (url.startsWith(site.url)) return request.continue();
    opened.offSite.push(url);
    return request.abort();
  });
  opened.page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await opened.page.goto(site.url + route, {waitUntil: 'networkidle'});
  expect(response?.status(), route).toBe(200);
  await opened.page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return opened;
}

describe('a notebook page in the browser', () => {
  it('figures load as files (no data: URI), the DataFrame is a table, math renders', async () => {
    const {page, offSite, close} = await open(GRADIENT);
    const images = page.locator('.notebook-output img');
    expect(await images.count()).toBe(2);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      const src = await image.evaluate((img: HTMLImageElement) => img.currentSrc);
      expect(src.startsWith(`${site.url}/assets/notebook-outputs/`), src).toBe(true);
      expect(await image.getAttribute('loading')).toBe('lazy');
    }
    expect(await page.locator('img[src^="data:"], [style*="data:"]').count()).toBe(0);
    const table = page.locator('.notebook-html table');
    expect(await table.locator('tbody tr').count()).toBe(5);
    expect(await table.locator('thead th').allTextContents()).toEqual(['', 'step', 'x', 'loss']);
    expect(await page.locator('.notebook-latex .katex-display').count()).toBe(1);
    expect(await page.locator('.theme-doc-markdown > p .katex').count()).toBeGreaterThan(0);
    // The long output is folded and opens from the keyboard.
    const fold = page.locator('details.notebook-fold');
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(offSite).toEqual([]);
    await close();
  });

  it('hostile outputs do nothing: no dialog, no other origin, no handler left', async () => {
    const {page, dialogs, offSite, close} = await open(HOSTILE);
    await page.waitForTimeout(600);
    const leftovers = await page.evaluate(() =>
      Array.from(document.querySelectorAll('article *')).flatMap((element) =>
        Array.from(element.attributes)
          .filter((a) => a.name.startsWith('on') || /^\s*(javascript|data):/i.test(a.value))
          .map((a) => `${element.tagName} ${a.name}`),
      ),
    );
    expect(dialogs).toEqual([]);
    expect(offSite).toEqual([]);
    expect(leftovers).toEqual([]);
    expect(await page.locator('article script, article iframe, article style').count()).toBe(0);
    expect(await page.locator('article').innerText()).toContain('kept text');
    await close();
  });

  it('axe finds no serious or critical violation, light and dark; screenshots at 1280 and 390 px', async () => {
    const problems: string[] = [];
    for (const [label, viewport] of [
      ['desktop', {width: 1280, height: 900}],
      ['phone', {width: 390, height: 844}],
    ] as const) {
      const {page, close} = await open(GRADIENT, viewport);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme});
        await page.locator(`html[data-theme="${colorScheme}"]`).waitFor({state: 'attached', timeout: 5_000});
        await page.screenshot({
          path: path.join(SCREENSHOTS, `gradient-descent-${label}-${colorScheme}.png`),
          fullPage: true,
        });
        if (label === 'desktop') {
          const violations = await blockingViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
          if (violations.length > 0) problems.push(`${colorScheme}:\n${describeViolations(violations)}`);
        }
      }
      // Nothing wider than the phone's screen: code and outputs scroll inside their own boxes.
      if (label === 'phone')
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await close();
    }
    expect(problems).toEqual([]);
  });
});
