import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';
import {blockingViolations, describeViolations} from '../support/axe';
import {sidewaysOverflow} from '../support/readability';

/**
 * /review on the lived-in fixture (scripts/corpus/livedInSite.ts): seven cards, in a paper (two),
 * a module note (three), a post and a notebook cell (one each). Each test has its own browser
 * context, so its localStorage starts empty, as a new reader's does.
 */
const CARDS = 7;
const MODES = [
  {name: '1280-light', viewport: {width: 1280, height: 900}, colorScheme: 'light'},
  {name: '390-dark', viewport: {width: 390, height: 844}, colorScheme: 'dark'},
] as const;

const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots/review');
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serveStatic(inject('livedInOutDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
  console.log(`review screenshots in ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Everything a page asked of another origin, and every dialog it opened: a review sends nothing anywhere. */
interface Watched {
  page: Page;
  elsewhere: string[];
  dialogs: string[];
}

async function reader(mode: (typeof MODES)[number] = MODES[0]): Promise<BrowserContext> {
  return browser.newContext({viewport: mode.viewport, colorScheme: mode.colorScheme, acceptDownloads: true});
}

async function open(context: BrowserContext, route: string): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = {page, elsewhere: [], dialogs: []};
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(site.url).origin) watched.elsewhere.push(request.url());
  });
  page.on('dialog', (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.url + route, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return watched;
}

async function counter(page: Page): Promise<{new: number; due: number; done: number}> {
  const box = page.locator('[data-review-counter]');
  await box.waitFor();
  const read = async (name: string) => Number(await box.getAttribute(`data-${name}`));
  return {new: await read('new'), due: await read('due'), done: await read('done')};
}

const question = (page: Page) => page.locator('[data-review-question]');

/** Shows the current card's answer with the keyboard and grades it with a key (1–4), as a keyboard reader does. */
async function gradeWithKeys(page: Page, key: '1' | '2' | '3' | '4'): Promise<string> {
  const asked = (await question(page).textContent()) ?? '';
  await page.locator('body').press('Space');
  await page.locator('[data-review-answer]').waitFor();
  await page.keyboard.press(key);
  await page.waitForFunction((before) => {
    const now = document.querySelector('[data-review-question]')?.textContent ?? null;
    return now !== before;
  }, asked);
  return asked;
}

describe('/review in the browser', () => {
  it('reviews two cards; after a reload they are not due, and the counter says so', async () => {
    const context = await reader();
    const {page, elsewhere, dialogs} = await open(context, '/review');
    expect(await counter(page)).toEqual({new: CARDS, due: 0, done: 0});
    const first = await gradeWithKeys(page, '4');
    // The second by clicking: "Show answer", then "Easy".
    const second = (await question(page).textContent()) ?? '';
    await page.getByRole('button', {name: 'Show answer'}).click();
    await page.locator('[data-review-grade="easy"]').click();
    await page.waitForFunction(
      (before) => document.querySelector('[data-review-question]')?.textContent !== before,
      second,
    );
    expect(first).not.toBe(second);
    expect(await counter(page)).toEqual({new: CARDS - 2, due: 0, done: 2});
    // A screen reader hears each grade, and what is left.
    expect(await page.locator('[aria-live="polite"]').textContent()).toMatch(
      new RegExp(`^Graded Easy; next due in \\d+ days; ${CARDS - 2} cards left\\.$`),
    );

    await page.reload({waitUntil: 'networkidle'});
    expect(await counter(page)).toEqual({new: CARDS - 2, due: 0, done: 2});
    // Neither graded card is asked again today: go through the rest.
    const asked: string[] = [];
    for (let i = 0; i < CARDS - 2; i += 1) asked.push(await gradeWithKeys(page, '4'));
    expect(asked).not.toContain(first);
    expect(asked).not.toContain(second);
    const done = page.locator('[data-review-done]');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/Next card due on \d{1,2} \w+ \d{4}/);
    expect(elsewhere).toEqual([]);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('exports the state, clears it, imports it back; a broken file is refused and changes nothing', async () => {
    const context = await reader();
    const {page, dialogs} = await open(context, '/review');
    await gradeWithKeys(page, '4');
    await gradeWithKeys(page, '3');
    const before = await counter(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-review-export]').click()]);
    const exported = path.join(SCREENSHOTS, 'exported-state.json');
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8')) as {format: string; version: number; cards: object};
    expect(file.format).toBe('roadmap-review');
    expect(file.version).toBe(1);
    expect(Object.keys(file.cards)).toHaveLength(2);

    await page.locator('[data-review-clear]').click();
    await page.locator('[data-review-clear-confirm]').click();
    expect(await counter(page)).toEqual({new: CARDS, due: 0, done: 0});

    await page.locator('[data-review-import]').setInputFiles(exported);
    await page.locator('[data-review-message]').filter({hasText: 'Imported 2 cards'}).waitFor();
    expect(await counter(page)).toEqual(before);

    const broken = path.join(SCREENSHOTS, 'broken-state.json');
    await writeFile(broken, '{"format": "anki-deck", "cards": []}');
    await page.locator('[data-review-import]').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Not imported: .+Your review state is unchanged\.$/);
    expect(await counter(page)).toEqual(before);
    await page.reload({waitUntil: 'networkidle'});
    expect(await counter(page)).toEqual(before);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('a note links its own deck: /review?deck=paper/resnet asks only that paper’s two cards', async () => {
    const context = await reader();
    const {page} = await open(context, '/papers/resnet');
    const block = page.locator('[data-check-yourself]');
    // Each answer is behind its question until the reader opens it.
    expect(await block.locator('details').count()).toBe(2);
    expect(await block.locator('details[open]').count()).toBe(0);
    const href = await block.getByRole('link', {name: /Export .* to Anki/}).getAttribute('href');
    await block.getByRole('link', {name: 'Review these cards'}).click();
    await page.waitForURL(/\/review\?deck=paper\/resnet$/);
    expect(await counter(page)).toEqual({new: 2, due: 0, done: 0});
    expect(await page.locator('[data-review-deck]').inputValue()).toBe('paper/resnet');
    // Its Anki file is there, headers first.
    const response = await page.request.get(site.url + href);
    expect(response.status()).toBe(200);
    expect((await response.text()).split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    await context.close();
  });

  it.each(MODES)('reads at $name: no sideways scroll, nothing axe blocks on', async (mode) => {
    const context = await reader(mode);
    const {page} = await open(context, '/review');
    await question(page).waitFor();
    await page.screenshot({path: path.join(SCREENSHOTS, `question-${mode.name}.png`), fullPage: true});
    await page.locator('body').press('Space');
    await page.locator('[data-review-answer]').waitFor();
    await page.screenshot({path: path.join(SCREENSHOTS, `answer-${mode.name}.png`), fullPage: true});
    const overflow = await sidewaysOverflow(page);
    expect(overflow.page, `${mode.name}: wider than the window`).toBe(0);
    const violations = await blockingViolations(page, undefined, 'main');
    expect(violations, describeViolations(violations)).toEqual([]);
    const paper = await open(context, '/papers/resnet');
    const block = paper.page.locator('[data-check-yourself]');
    await block.locator('summary').first().click();
    await block.screenshot({path: path.join(SCREENSHOTS, `check-yourself-${mode.name}.png`)});
    const blockViolations = await blockingViolations(paper.page, undefined, '[data-check-yourself]');
    expect(blockViolations, describeViolations(blockViolations)).toEqual([]);
    await context.close();
  });
});
