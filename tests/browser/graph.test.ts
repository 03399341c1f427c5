import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {serveStatic} from '../../scripts/harness/staticServer';
import {blockingViolations, COLOUR_RULES, describeViolations} from '../support/axe';
import {sidewaysOverflow} from '../support/readability';

/**
 * /graph on the lived-in site (scripts/corpus/livedInSite.ts): the map is
 * drawn, searched and opened, its list works from the keyboard, and the
 * drawing library weighs on /graph alone. Its links are those of the
 * lived-in corpus: a post's wikilinks and citations, a project's `related`,
 * a benchmark's `project`, a talk's wikilink.
 */
const MODES = [
  {name: '1280 light', viewport: {width: 1280, height: 900}, colorScheme: 'light'},
  {name: '390 light', viewport: {width: 390, height: 844}, colorScheme: 'light'},
  {name: '1280 dark', viewport: {width: 1280, height: 900}, colorScheme: 'dark'},
  {name: '390 dark', viewport: {width: 390, height: 844}, colorScheme: 'dark'},
] as const;

/** A name only force-graph's code holds (one of its props this site never sets): marks the library's chunk. */
const LIBRARY_MARK = 'linkDirectionalParticles';

let outDir: string;
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  outDir = inject('livedInOutDir');
  site = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(
  route: string,
  mode: (typeof MODES)[number] = MODES[0],
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
): Promise<Page> {
  const page = await browser.newPage({viewport: mode.viewport, colorScheme: mode.colorScheme, reducedMotion});
  const response = await page.goto(site.url + route, {waitUntil: 'networkidle'});
  expect(response?.status(), route).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

async function settled(page: Page): Promise<void> {
  await page.locator('[data-state="settled"]').waitFor({state: 'attached', timeout: 30_000});
}

/** How many pixels of the map's canvas are drawn on (not transparent). Strings: see tests/support/readability.ts. */
function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector('[data-state] canvas');
    if (!canvas) return -1;
    const {data} = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawn += 1;
    return drawn;
  })()`);
}

function canvasPicture(page: Page): Promise<string> {
  return page.evaluate(`document.querySelector('[data-state] canvas').toDataURL()`);
}

describe('/graph', () => {
  it.each(MODES)(
    'draws every page at $name, without sideways scrolling, and axe finds nothing serious',
    async (mode) => {
      const page = await open('/graph', mode);
      await settled(page);
      // One dot per listed page: the lived-in site has 50 (the real site's notebook among them), and 15 linked pairs (a card of resnet's links attention).
      expect(await page.getByRole('img', {name: 'A map of 50 pages and 15 links'}).count()).toBe(1);
      expect(await drawnPixels(page)).toBeGreaterThan(50 * 9);
      const legend = page.getByRole('list', {name: 'Kinds of page'});
      expect(await legend.getByRole('listitem').allTextContents()).toEqual([
        'Courses (11)',
        'Papers (25)',
        'Projects (2)',
        'Benchmarks (2)',
        'Talks (2)',
        'Posts (3)',
        'Notes (5)',
      ]);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.page).toBe(0);
      expect(overflow.boxes).toEqual([]);
      const violations = await blockingViolations(page, mode.colorScheme === 'dark' ? COLOUR_RULES : undefined);
      expect(violations.length, `\n${describeViolations(violations)}\n`).toBe(0);
      await page.close();
    },
  );

  it('finds a page by title words, lights it, and opens it from the results or with Enter', async () => {
    const page = await open('/graph');
    await settled(page);
    const before = await canvasPicture(page);
    const search = page.getByRole('searchbox', {name: 'Find a page'});
    await search.fill('residual learning');
    const results = page.getByRole('list', {name: 'Pages found'});
    expect(await results.getByRole('listitem').allTextContents()).toEqual([
      'Deep Residual Learning for Image Recognition (paper)',
    ]);
    expect(await page.getByText('1 page matches, lit on the map:').isVisible()).toBe(true);
    // The map is drawn again, the match lit and framed.
    await expect.poll(() => canvasPicture(page)).not.toBe(before);
    await results.getByRole('link', {name: 'Deep Residual Learning for Image Recognition'}).click();
    await page.waitForURL(/\/papers\/resnet$/);
    await page.goBack();
    await page.getByRole('searchbox', {name: 'Find a page'}).fill('blood');
    await page.getByRole('searchbox', {name: 'Find a page'}).press('Enter');
    await page.waitForURL(/\/docs\/projects\/blood-triage$/);
    await page.getByRole('heading', {level: 1, name: 'Blood-panel triage'}).waitFor();
    await page.close();
  });

  it('says so when no title matches, and lists nothing', async () => {
    const page = await open('/graph');
    await page.getByRole('searchbox', {name: 'Find a page'}).fill('zzzz');
    expect(await page.getByText('No page has these words in its title.').isVisible()).toBe(true);
    expect(await page.getByRole('list', {name: 'Pages found'}).count()).toBe(0);
    await page.close();
  });

  it('lists every page by kind, and the keyboard reaches and opens them', async () => {
    const page = await open('/graph', MODES[1]);
    for (const [kind, count] of [
      ['Courses', 11],
      ['Papers', 25],
      ['Notes', 5],
    ] as const) {
      const section = page.getByRole('region', {name: `${kind} (${count})`});
      expect(await section.getByRole('listitem').count(), kind).toBeGreaterThanOrEqual(count);
    }
    // From the intro's link to the list, Tab reaches the first page of the list (after the
    // heading's own "direct link" anchor); Enter opens it.
    await page.getByRole('link', {name: 'the same pages as a list'}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#graph-list');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toMatch(/^Direct link to/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate('document.activeElement.textContent');
    expect(focused).toBe('CS224n: Natural Language Processing with Deep Learning');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/docs\/courses\/cs224n\/?$/);
    await page.close();
  });

  it("opens a page's links from the keyboard", async () => {
    const page = await open('/graph');
    const summaries = page.locator('#graph-list ~ div summary');
    expect(await summaries.count()).toBeGreaterThan(0);
    const first = summaries.first();
    await first.focus();
    await page.keyboard.press('Enter');
    // The list of links is filled when the details open, after the keypress.
    const linked = first.locator('xpath=..').getByRole('link');
    await expect.poll(() => linked.count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lays the map out without animation when the reader asks for reduced motion', async () => {
    const page = await open('/graph', MODES[0], 'reduce');
    await settled(page);
    const first = await canvasPicture(page);
    await page.waitForTimeout(700);
    expect(await canvasPicture(page)).toBe(first);
    await page.close();
  });
});

describe('the map library weighs on /graph alone', () => {
  /** The built chunks that hold force-graph. */
  function libraryChunks(): string[] {
    const dir = path.join(outDir, 'assets/js');
    return readdirSync(dir).filter((file) => readFileSync(path.join(dir, file), 'utf8').includes(LIBRARY_MARK));
  }

  /** The scripts a first visit to `route` loads, once the page has settled. */
  async function scriptsOf(route: string): Promise<string[]> {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(path.basename(new URL(request.url()).pathname));
    });
    await page.goto(site.url + route, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    if (route === '/graph') await settled(page);
    await page.close();
    return scripts;
  }

  const gzipped = (files: readonly string[]) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outDir, 'assets/js', file))).length, 0);

  it('is one chunk, requested by /graph and by no other page', async () => {
    const chunks = libraryChunks();
    expect(chunks).toHaveLength(1);
    const graph = await scriptsOf('/graph');
    expect(graph).toEqual(expect.arrayContaining(chunks));
    for (const route of ['/', '/papers', '/papers/resnet', '/docs/notes/environment', '/blog']) {
      const scripts = await scriptsOf(route);
      expect(scripts.length, route).toBeGreaterThan(0);
      expect(
        scripts.filter((script) => chunks.includes(script)),
        route,
      ).toEqual([]);
    }
  });

  it('costs /graph the library and little more than /papers costs', async () => {
    const [library] = libraryChunks();
    const graph = gzipped(await scriptsOf('/graph'));
    const papers = gzipped(await scriptsOf('/papers'));
    const libraryBytes = gzipped([library!]);
    console.log(
      `first-visit JS, gzipped: /graph ${graph} B (force-graph ${libraryBytes} B), /papers ${papers} B (lived-in site)`,
    );
    // The library is force-graph's ~70 KB, and the rest of /graph is no heavier than /papers.
    expect(libraryBytes).toBeLessThan(80_000);
    expect(graph - libraryBytes).toBeLessThan(papers + 5_000);
  });
});
