import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';
import {blockingViolations, describeViolations} from '../support/axe';
import {sidewaysOverflow} from '../support/readability';

/**
 * The lived-in fixture's pages with a view (scripts/corpus/livedInSite.ts), and the list page whose
 * cells join fields. /talks and /papers/next are drawn by the same component; lived-in.test.ts reads
 * them at every width.
 */
const PAGES = {
  '/blog/2026/05/03/shipping-triage': 'table',
  '/papers/resnet': 'list',
  '/docs/courses/ng-ml-spec/regression-and-classification': 'table',
  '/docs/courses/ng-ml-spec/regression-lab': 'cards',
  '/benchmarks': 'table',
} as const;

/**
 * Both widths and both schemes: lived-in.test.ts reads these pages at 1280 light, 390 light and 1280
 * dark (sideways scroll, invisible text, full-page screenshots); here each view is judged by axe at
 * the two ends, 1280 light and 390 dark, and photographed at both.
 */
const MODES = [
  {name: '1280-light', viewport: {width: 1280, height: 900}, colorScheme: 'light'},
  {name: '390-dark', viewport: {width: 390, height: 844}, colorScheme: 'dark'},
] as const;

const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots/views');
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serveStatic(inject('livedInOutDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
  console.log(`view screenshots in ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(route: string, mode: (typeof MODES)[number] = MODES[0]): Promise<{page: Page; scripts: string[]}> {
  const page = await browser.newPage({viewport: mode.viewport, colorScheme: mode.colorScheme});
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(site.url + route, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return {page, scripts};
}

describe('views in the browser', () => {
  it.concurrent.each(Object.entries(PAGES))('%s reads at 1280 px light and 390 px dark (%s)', async (route, layout) => {
    const problems: string[] = [];
    for (const mode of MODES) {
      const {page} = await open(route, mode);
      const view = page.locator('[data-view]').first();
      expect(await view.getAttribute('data-view'), route).toBe(layout);
      await view.scrollIntoViewIfNeeded();
      const name = `${route.replaceAll(/[^\w-]+/g, '-').replace(/^-|-$/g, '')}-${mode.name}`;
      await view.screenshot({path: path.join(SCREENSHOTS, `${name}.png`)});
      const overflow = await sidewaysOverflow(page);
      if (overflow.page > 0) problems.push(`${mode.name}: the page is ${overflow.page} px wider than the window`);
      for (const box of overflow.boxes) problems.push(`${mode.name}: ${box.where} hides ${box.hidden} px sideways`);
      // The view itself: the rest of each page is the lived-in and accessibility tests' to judge.
      const violations = await blockingViolations(page, undefined, '[data-view]');
      if (violations.length > 0) problems.push(`${mode.name}:\n${describeViolations(violations)}`);
      await page.close();
    }
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('a table view turns its rows into cards where its box is narrow, each cell labelled', async () => {
    const cell = (page: Page) => page.locator('[data-view] tbody tr').first().locator('td').first();
    // A page as wide as the window keeps the table; a note's column (beside the sidebar) is narrow at 1280 already.
    const wide = await open('/talks', MODES[0]);
    expect(await cell(wide.page).evaluate((td) => getComputedStyle(td).display)).toBe('table-cell');
    await wide.page.close();
    const phone = await open('/docs/courses/ng-ml-spec/regression-and-classification', MODES[1]);
    expect(await cell(phone.page).evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell(phone.page).getAttribute('data-label')).toBe('Provider');
    // Its title is the card's heading, a link to the note; the progress is a bar readers hear.
    const row = phone.page.locator('[data-view] tbody tr').first();
    expect(await row.getByRole('rowheader').getByRole('link').textContent()).toBe(
      'fast.ai: Practical Deep Learning for Coders',
    );
    expect(await row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('38');
    await phone.page.close();
  });

  it('loads no script of its own: a paper with a view asks for as many scripts as one without', async () => {
    const withView = await open('/papers/resnet');
    const without = await open('/papers/attention');
    expect(await without.page.locator('[data-view]').count()).toBe(0);
    expect(withView.scripts.length).toBe(without.scripts.length);
    await withView.page.close();
    await without.page.close();
  });

  it('opens /papers with the view’s filter set', async () => {
    const {page} = await open('/papers/resnet');
    await page.getByRole('link', {name: 'Open in the paper log'}).click();
    await page.waitForURL(/\/papers\?/);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('status')).toEqual(['read', 'reproduced']);
    expect(url.searchParams.getAll('tag')).toEqual(['architecture']);
    // The log shows the view's four papers of the 25.
    await page.waitForFunction(() => document.body.innerText.includes('4 of 25 papers'));
    await page.close();
  });

  it('leaves a view’s rows out of search: the paper is found on its own page, not in the post that lists it', async () => {
    const {page} = await open('/');
    const urls: string[] = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const {results} = await pf.search('Low-Rank Adaptation');
      return (await Promise.all(results.map((r) => r.data()))).map((d) => d.url);
    })()`);
    expect(urls).toContain('/papers/lora');
    expect(urls).not.toContain('/blog/2026/05/03/shipping-triage');
    await page.close();
  });
});
