import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {blockingViolations, COLOUR_RULES, describeViolations} from '../support/axe';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {GENERATED_ROUTES, NOTE_ROUTES} from '../support/readerRoutes';
import {serveStatic} from '../../scripts/harness/staticServer';

/** Every page the roadmap plugin generates, and one page of each kind of note a reader opens. */
const ROUTES = [
  ...GENERATED_ROUTES,
  ...NOTE_ROUTES,
  // The curriculum, computed from the model.
  '/docs/courses',
  // The search page with results, filters and highlighted excerpts.
  '/search?q=transformers&kind=paper',
] as const;

const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots/accessibility');
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serveStatic(inject('realSiteOutDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
  console.log(`accessibility screenshots in ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Axe in light mode (every rule), then dark mode (the colour rules: COLOUR_RULES says why), with a
 * screenshot of the first screen in each. The site follows the reader's preference as it changes
 * (colorMode.respectPrefersColorScheme), so one load serves both modes.
 */
async function problemsInBothSchemes(page: Page, label: string, shot: string): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    await page.locator(`html[data-theme="${colorScheme}"]`).waitFor({state: 'attached', timeout: 5_000});
    // The first screen only: reader.test.ts takes the full pages, and this test must stay quick.
    await page.screenshot({path: path.join(SCREENSHOTS, `${shot}-${colorScheme}.png`)});
    const violations = await blockingViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
    if (violations.length > 0) problems.push(`${label} (${colorScheme}):\n${describeViolations(violations)}`);
  }
  return problems;
}

describe('axe-core finds no serious or critical violation', () => {
  it.each(ROUTES)('%s, in light and in dark mode', async (route) => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme: 'light'});
    const response = await page.goto(site.url + route, {waitUntil: 'networkidle'});
    expect(response?.status(), route).toBe(200);
    // Search results arrive after the page: check the page with them.
    if (route.startsWith('/search')) await page.locator('main ol > li').first().waitFor();
    const name = route === '/' ? 'home' : route.slice(1).replaceAll(/[^\w-]+/g, '-');
    const problems = await problemsInBothSchemes(page, route, name);
    await page.close();
    // The message lists rule, impact and selectors; the objects themselves would bury them.
    expect(problems.length, `\n${problems.join('\n')}\n`).toBe(0);
  });
});

it('the navbar search dialog, open with results, in light and in dark mode', async () => {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}, colorScheme: 'light'});
  await page.goto(`${site.url}/`, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await page.keyboard.press('/');
  await page.keyboard.type('attention');
  await page.getByRole('dialog').getByRole('list', {name: 'Results'}).getByRole('link').first().waitFor();
  const problems = await problemsInBothSchemes(page, 'search dialog', 'search-dialog');
  await page.close();
  expect(problems.length, `\n${problems.join('\n')}\n`).toBe(0);
});

it.each(['/papers', '/search?q=transformers&kind=paper'])(
  'the paper filters of %s on a phone, folded and open, in light and in dark mode',
  async (route) => {
    const page = await browser.newPage({viewport: {width: 390, height: 844}, colorScheme: 'light'});
    await page.goto(site.url + route, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const name = `phone-${route.slice(1).replaceAll(/[^\w-]+/g, '-')}`;
    const problems = await problemsInBothSchemes(page, `${route} folded`, `${name}-folded`);
    await page.emulateMedia({colorScheme: 'light'});
    await page.getByRole('button', {name: 'Filters', exact: true}).click();
    problems.push(...(await problemsInBothSchemes(page, `${route} open`, `${name}-open`)));
    await page.close();
    expect(problems.length, `\n${problems.join('\n')}\n`).toBe(0);
  },
);

it('the course cards of /progress on a phone, in light and in dark mode', async () => {
  const page = await browser.newPage({viewport: {width: 390, height: 844}, colorScheme: 'light'});
  await page.goto(`${site.url}/progress`, {waitUntil: 'networkidle'});
  await page.getByRole('row', {name: /Machine Learning Specialization/}).scrollIntoViewIfNeeded();
  const problems = await problemsInBothSchemes(page, '/progress on a phone', 'phone-progress');
  await page.close();
  expect(problems.length, `\n${problems.join('\n')}\n`).toBe(0);
});
