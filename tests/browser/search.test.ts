import {cp, mkdir, mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';

const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots');
let browser: Browser;
let site: {url: string; close: () => Promise<void>};
/** The lived-in fixture (scripts/corpus/livedInSite.ts): notes with code blocks, talks, results. */
let livedIn: {url: string; close: () => Promise<void>};

interface Found {
  url: string;
  title: string;
  sections: string[];
}

async function open(route: string, viewport = {width: 1280, height: 900}, origin = site.url): Promise<Page> {
  const page = await browser.newPage({viewport});
  await page.goto(origin + route, {waitUntil: 'networkidle'});
  // Keyboard shortcuts listen once React has hydrated the page.
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

/**
 * Asks the built index directly, as the search UI does, and returns every hit.
 * The script is a string so that the test runner leaves its `import()` alone.
 */
async function pagefind(page: Page, term: string, filters: Record<string, string> = {}): Promise<Found[]> {
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const {results} = await pf.search(${JSON.stringify(term)}, {filters: ${JSON.stringify(filters)}});
    const all = await Promise.all(results.map((r) => r.data()));
    return all.map((d) => ({url: d.url, title: d.meta.title, sections: d.sub_results.map((s) => s.url)}));
  })()`);
}

beforeAll(async () => {
  site = await serveStatic(inject('realSiteOutDir'));
  livedIn = await serveStatic(inject('livedInOutDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await livedIn?.close();
});

describe('the search index', () => {
  it('finds a paper by its title, a note by a heading, a paper by its tag; not words only in code', async () => {
    const page = await open('/');
    const byTitle = await pagefind(page, 'Attention Is All You Need');
    expect(byTitle[0]?.url).toBe('/papers/attention-is-all-you-need');
    const byHeading = await pagefind(page, 'gradient descent');
    const note = byHeading.find((hit) => hit.url === '/docs/courses/ng-ml-spec/regression-and-classification');
    expect(note?.sections).toContain('/docs/courses/ng-ml-spec/regression-and-classification#gradient-descent');
    expect((await pagefind(page, 'tokenization')).map((hit) => hit.url)).toContain('/papers/bert');
    await page.close();
  });

  it('indexes a note’s prose and a talk’s card, not words only in code', async () => {
    const page = await open('/', undefined, livedIn.url);
    // "cublas" appears only inside the code block of docs/notes/environment.md.
    expect(await pagefind(page, 'cublas')).toEqual([]);
    expect((await pagefind(page, 'reproducible')).map((hit) => hit.url)).toContain('/docs/notes/environment');
    // The event is in the talk's card only, computed from its front matter.
    expect((await pagefind(page, 'meetup')).map((hit) => hit.url)).toContain('/docs/talks/meetup');
    await page.close();
  });

  it('filters by kind, and papers by year', async () => {
    const page = await open('/');
    const papers = await pagefind(page, 'attention', {kind: 'paper'});
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.every((hit) => hit.url.startsWith('/papers/'))).toBe(true);
    const of2019 = await pagefind(page, 'transformers', {kind: 'paper', year: '2019'});
    expect(of2019.map((hit) => hit.url)).toEqual(['/papers/bert']);
    const notes = await pagefind(page, 'attention', {kind: 'note'});
    expect(notes.every((hit) => hit.url.startsWith('/docs/'))).toBe(true);
    await page.close();
  });
});

describe('a reader searching', () => {
  it('types a query in the navbar search and follows a result, with the keyboard only', async () => {
    const page = await open('/');
    const downloads: Promise<number>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/pagefind/'))
        downloads.push(response.body().then((body) => body.length));
    });
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', {name: 'Search notes, papers and posts'});
    await dialog.waitFor();
    await page.keyboard.type('bert');
    const first = dialog.getByRole('list', {name: 'Results'}).getByRole('link').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('BERT');
    await page.screenshot({path: path.join(SCREENSHOTS, 'search-dialog.png')});
    // The whole first query: script, worker, wasm, metadata, index chunks, result fragments;
    // every body read to its end before counting.
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(downloads)).reduce((sum, size) => sum + size, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(300_000);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/papers\/bert$/);
    await page.getByRole('heading', {level: 1, name: /BERT/}).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    await page.close();
  });

  it('opens the search with Ctrl+K, narrows it to papers, and closes it with Escape', async () => {
    const page = await open('/progress');
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.type('attention');
    await dialog.getByText('Papers', {exact: true}).click();
    const results = dialog.getByRole('list', {name: 'Results'});
    await results.getByRole('link', {name: 'Attention Is All You Need'}).waitFor();
    const sections = await results.locator(':scope > li').allInnerTexts();
    expect(sections.every((text) => text.includes('Papers'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    await page.close();
  });

  it('keeps a search in the URL of /search: reload gives the same results', async () => {
    const page = await open('/search?q=transformers&kind=paper&year=2017');
    const results = page.locator('main ol > li');
    await results.first().waitFor();
    const before = await results.allInnerTexts();
    expect(before).toHaveLength(1);
    expect(before[0]).toContain('Attention Is All You Need');
    expect(await page.getByRole('checkbox', {name: /2017/}).isChecked()).toBe(true);
    await page.reload({waitUntil: 'networkidle'});
    await results.first().waitFor();
    expect(await results.allInnerTexts()).toEqual(before);
    // Counts say what a click gives: years are "any of", so 2019 still offers its paper;
    // tags are counted within 2017; kinds over the words alone.
    const tags = page.getByRole('group', {name: 'Tag'});
    await tags.waitFor();
    expect((await tags.innerText()).replace(/\s+/g, ' ')).toContain('attention (1)');
    expect(await page.getByRole('radio', {name: /Notes \((\d+)\)/}).count()).toBe(1);
    expect(await page.getByText(/Notes \(0\)/).count()).toBe(0);
    await page.screenshot({path: path.join(SCREENSHOTS, 'search-page.png'), fullPage: true});
    await page.getByRole('checkbox', {name: /2019 \(1\)/}).check();
    await page.waitForURL(/year=2017&year=2019/);
    await expect.poll(() => results.count()).toBe(2);
    await page.close();
  });

  it('says how to get an index where there is none (as under docusaurus start)', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({status: 404, body: 'Not found'}));
    await page.goto(`${site.url}/`, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await page.keyboard.press('/');
    await page.keyboard.type('bert');
    const notice = page.getByRole('dialog').getByRole('status');
    await notice.filter({hasText: 'Search has no index here'}).waitFor();
    expect(await notice.textContent()).toContain('make build && npm run serve');
    await page.close();
  });

  it('searches on a phone, from the navbar button', async () => {
    const page = await open('/', {width: 390, height: 844});
    await page.getByRole('button', {name: 'Search'}).click();
    await page.keyboard.type('regression');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('list', {name: 'Results'}).getByRole('link').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({path: path.join(SCREENSHOTS, 'phone-search.png')});
    await page.close();
  });

  it(
    'follows a result on a site served under a base URL (as GitHub Pages serves a fork)',
    {timeout: 300_000},
    async () => {
      const build = await buildSite(await makeSiteWithPapers(REPO_DIR, 2), {BASE_URL: '/roadmap/'});
      if (build.code !== 0) throw new Error(build.output);
      const root = await mkdtemp(path.join(tmpdir(), 'roadmap-served-'));
      await cp(build.outDir, path.join(root, 'roadmap'), {recursive: true});
      const served = await serveStatic(root);
      try {
        const page = await browser.newPage();
        await page.goto(`${served.url}/roadmap/`, {waitUntil: 'networkidle'});
        await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
        await page.keyboard.press('/');
        await page.keyboard.type('synthetic study');
        const paper = page
          .getByRole('dialog')
          .getByRole('list', {name: 'Results'})
          .getByRole('link', {name: /^Synthetic study 1 of/});
        await paper.waitFor();
        expect(await paper.getAttribute('href')).toBe('/roadmap/papers/synthetic-00001');
        await paper.click();
        await page.getByRole('heading', {level: 1, name: /^Synthetic study 1 of/}).waitFor();
        await page.close();
      } finally {
        await served.close();
      }
    },
  );
});
