import {mkdir, readFile} from 'node:fs/promises';
import {gzipSync} from 'node:zlib';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {fewAtATime} from '../support/fewAtATime';
import {GENERATED_ROUTES, NOTE_ROUTES} from '../support/readerRoutes';
import {serveStatic} from '../../scripts/harness/staticServer';

const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots');
let browser: Browser;
let site: {url: string; close: () => Promise<void>};
/** Every request a page made to a host other than the test server. */
let offSite: string[] = [];

async function open(
  route: string,
  viewport = {width: 1280, height: 900},
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await browser.newPage({viewport, colorScheme});
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) offSite.push(request.url());
  });
  const response = await page.goto(site.url + route, {waitUntil: 'networkidle'});
  // A 404 page has one h1 and fits a phone too: every check below starts from a page that exists.
  expect(response?.status(), route).toBe(200);
  await hydrated(page);
  return page;
}

/**
 * React has hydrated the page: its route chunks are loaded and its handlers
 * listen. On a busy machine the network can be idle before that.
 */
async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true});
}

beforeAll(async () => {
  site = await serveStatic(inject('realSiteOutDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
  console.log(`screenshots in ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a reader', () => {
  it('reads the TL;DR on the home page and follows the current focus', async () => {
    offSite = [];
    const page = await open('/');
    await screenshot(page, 'home');
    const tldr = page.getByRole('region', {name: 'TL;DR'});
    expect(await tldr.getByText('Current focus').isVisible()).toBe(true);
    const focus = tldr.getByRole('link', {name: /Machine Learning Specialization/});
    expect(await focus.count()).toBe(1);
    await focus.click();
    await page.waitForURL(/\/docs\/courses\/ng-ml-spec\/$/);
    // Client-side navigation: the URL changes before the new page renders.
    await page.getByRole('heading', {level: 1, name: /Machine Learning Specialization/}).waitFor({timeout: 10_000});
    expect(offSite).toEqual([]);
    await page.close();
  });

  it('follows every TL;DR link to a page that renders', async () => {
    const page = await open('/');
    // Links to other pages: the heading's own #tldr anchor stays on the home page.
    const links = page.getByRole('region', {name: 'TL;DR'}).locator('a:not([href^="#"])');
    const targets = await links.evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    // The real roadmap has a current focus; a project link appears once data/roadmap.yml names one.
    expect(targets.length).toBeGreaterThanOrEqual(1);
    expect(targets).not.toContain('/');
    const homeHeading = await page.locator('h1').first().textContent();
    for (const [i, target] of targets.entries()) {
      await links.nth(i).click();
      await page.waitForURL((url) => url.pathname === target);
      // The home page's h1 stays until the client-side navigation renders the target.
      await expect.poll(() => page.locator('h1').first().textContent(), {timeout: 10_000}).not.toBe(homeHeading);
      expect(await page.locator('h1').count(), target).toBe(1);
      expect(await page.locator('h1').textContent(), target).not.toMatch(/Page Not Found|This page crashed/);
      await page.goBack();
      await page.getByRole('region', {name: 'TL;DR'}).waitFor();
    }
    await page.close();
  });

  it('sees rendered math, in KaTeX fonts served by the site', async () => {
    offSite = [];
    const page = await open('/docs/courses/ng-ml-spec/regression-and-classification');
    await screenshot(page, 'math');
    const display = page.locator('.katex-display').first();
    expect(await display.isVisible()).toBe(true);
    const fontFamily = await page
      .locator('.katex .mord')
      .first()
      .evaluate((node) => getComputedStyle(node).fontFamily);
    expect(fontFamily).toContain('KaTeX');
    expect(await page.evaluate(() => document.fonts.check('1em KaTeX_Main'))).toBe(true);
    expect(await page.locator('article').textContent()).not.toContain('$$');
    expect(offSite).toEqual([]);
    await page.close();
  });

  it('switches to dark mode', async () => {
    const page = await open('/');
    await page.getByRole('button', {name: /dark mode|light mode|system mode/i}).click();
    const theme = await page.locator('html').getAttribute('data-theme');
    expect(['dark', 'light']).toContain(theme);
    if (theme !== 'dark') await page.getByRole('button', {name: /mode/i}).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await screenshot(page, 'home-dark');
    await page.close();
  });

  // One test per page: twelve full-page screenshots on a busy machine take longer than one test's timeout.
  it.each([...GENERATED_ROUTES, ...NOTE_ROUTES])('reads %s on a phone without sideways scrolling', async (route) => {
    const page = await open(route, {width: 390, height: 844});
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
    await screenshot(page, `phone${route.replaceAll('/', '-') || '-home'}`);
    await page.close();
  });

  it('on a phone, opens the menu, goes to the paper log and searches it', async () => {
    const page = await open('/', {width: 390, height: 844});
    await page.getByRole('button', {name: /toggle navigation bar/i}).click();
    await page.locator('.navbar-sidebar').getByRole('link', {name: 'Papers', exact: true}).click();
    await page.waitForURL(/\/papers$/);
    const search = page.getByLabel('Search papers');
    await search.fill('tokenization');
    await page.waitForURL(/\?q=tokenization$/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr').first().textContent()).toContain('BERT');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-papers-search');
    // The filters are folded on a phone, so the results come right after the search box.
    const filters = page.getByRole('button', {name: 'Filters', exact: true});
    const tag = page.getByRole('checkbox', {name: /tokenization/});
    expect(await tag.isVisible()).toBe(false);
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    await filters.click();
    await tag.check();
    await page.waitForURL(/tag=tokenization/);
    expect(await page.getByRole('button', {name: 'Hide filters (1 on)'}).getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'phone-papers-filters');
    await page.close();
  });

  it('on a wide screen, shows the paper filters beside the results, with no fold', async () => {
    const page = await open('/papers');
    expect(await page.getByRole('checkbox', {name: /tokenization/}).isVisible()).toBe(true);
    expect(await page.getByRole('button', {name: /filters/i}).count()).toBe(0);
    await page.close();
  });

  it('reads a course’s status and progress on /progress', async () => {
    const page = await open('/progress');
    const row = page.getByRole('row', {name: /Machine Learning Specialization/});
    expect(await row.getByText('In progress').isVisible()).toBe(true);
    const bar = row.getByRole('progressbar');
    expect(await bar.getAttribute('aria-valuenow')).toBe('0');
    expect(await row.getByText('0 of 3 modules').isVisible()).toBe(true);
    expect(await page.getByText('1 paper/week').isVisible()).toBe(true);
    await page.close();
  });

  it('on a phone, reads each course of /progress as a card, status and progress in view', async () => {
    const page = await open('/progress', {width: 390, height: 844});
    const card = page.getByRole('row', {name: /Machine Learning Specialization/});
    const status = card.getByText('In progress');
    const bar = card.getByRole('progressbar');
    await bar.scrollIntoViewIfNeeded();
    // Nothing scrolls sideways to show them (scrollIntoView would scroll a wide table's box).
    const sideways = await card.evaluate((row) => {
      const box = row.closest('table')!.parentElement!;
      return box.scrollWidth - box.clientWidth;
    });
    expect(sideways).toBeLessThanOrEqual(0);
    for (const shown of [status, bar]) {
      const box = await shown.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await card.getByText('0 of 3 modules').isVisible()).toBe(true);
    // No "Finished: —" on a card; the wide table keeps its dash.
    expect(await card.locator('td[data-label="Finished"]').isVisible()).toBe(false);
    await screenshot(page, 'phone-progress-cards');
    await page.close();
  });

  it('opens a skill’s evidence on /skills', async () => {
    const page = await open('/skills');
    const row = page.locator('#skill-attention');
    await row.getByText(/^\d+ \(/).click();
    const link = row.getByRole('link', {name: 'Attention Is All You Need'});
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await page.getByRole('heading', {level: 1, name: 'Attention Is All You Need'}).waitFor({timeout: 10_000});
    await page.close();
  });

  it('filters the changelog by kind', async () => {
    const page = await open('/changelog');
    const paperEvent = page.getByText('Logged and reproduced the paper Attention Is All You Need');
    expect(await paperEvent.isVisible()).toBe(true);
    const papers = page.getByRole('button', {name: /^Papers/});
    expect(await papers.getAttribute('aria-pressed')).toBe('true');
    await papers.focus();
    await page.keyboard.press('Enter');
    expect(await papers.getAttribute('aria-pressed')).toBe('false');
    expect(await paperEvent.count()).toBe(0);
    expect(await page.getByText('Started the roadmap').isVisible()).toBe(true);
    await page.close();
  });

  it('reads the changelog filters’ labels, pressed or not, in light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/changelog', undefined, scheme);
      // axe passed the invisible labels: the text colour was the light theme's transparent background.
      const colours = await page
        .getByRole('group', {name: 'Show kinds'})
        .getByRole('button')
        .evaluateAll((buttons) =>
          buttons.map((button) => {
            const style = getComputedStyle(button);
            return {label: button.textContent, text: style.color, background: style.backgroundColor};
          }),
        );
      expect(colours.map((c) => c.label)).toEqual([
        'Courses 1',
        'Papers 2',
        'Projects 0',
        'Benchmarks 0',
        'Talks 0',
        'Posts 1',
        'Roadmap 1',
      ]);
      for (const {label, text, background} of colours) {
        expect(text, `${scheme} ${label}`).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
        expect(text, `${scheme} ${label}`).not.toBe(background);
      }
      await page.close();
    }
  });

  it('every generated page renders in light and dark mode (screenshots)', {timeout: 180_000}, async () => {
    offSite = [];
    const visits = GENERATED_ROUTES.flatMap((route) => [[route, 'light'] as const, [route, 'dark'] as const]);
    // A few at a time: most of a visit is waiting for the network to go idle.
    await fewAtATime(visits, 4, async ([route, scheme]) => {
      const page = await open(route, {width: 1280, height: 900}, scheme);
      expect(await page.locator('html').getAttribute('data-theme'), route).toBe(scheme);
      expect(await page.locator('h1').count(), route).toBe(1);
      await screenshot(page, `${route === '/' ? 'home' : route.slice(1).replaceAll('/', '-')}-${scheme}`);
      await page.close();
    });
    expect(offSite).toEqual([]);
  });

  it('/progress and /skills load under 60 KB, /papers under 40 KB, of gzipped JavaScript beyond a plain doc page', async () => {
    const scriptsOf = async (route: string) => {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await page.goto(site.url + route, {waitUntil: 'networkidle'});
      await hydrated(page);
      await page.close();
      return scripts;
    };
    const gzipped = async (files: Iterable<string>) => {
      let bytes = 0;
      for (const file of files) bytes += gzipSync(await readFile(path.join(inject('realSiteOutDir'), file))).byteLength;
      return bytes;
    };
    const plainDoc = await scriptsOf('/docs/notes');
    // The budget is for code: the chunk that carries a page's data (createData) is left out.
    const isData = async (file: string) =>
      /\.exports\s*=\s*JSON\.parse\(/.test(await readFile(path.join(inject('realSiteOutDir'), file), 'utf8'));
    for (const [route, budget] of [
      ['/progress', 60],
      ['/skills', 60],
      ['/papers', 40],
    ] as const) {
      const extra = [...(await scriptsOf(route))].filter((file) => !plainDoc.has(file));
      const code: string[] = [];
      for (const file of extra) if (!(await isData(file))) code.push(file);
      expect(extra.length - code.length, `${route}: its data chunks`).toBeGreaterThanOrEqual(1);
      const bytes = await gzipped(code);
      console.log(
        `${route}: ${code.length} scripts beyond a doc page (data left out), ${(bytes / 1024).toFixed(1)} KB gzipped`,
      );
      expect(bytes, route).toBeLessThan(budget * 1024);
    }
  });

  it('searches the paper log, ticks a facet, shares the URL and gets the same results after a reload', async () => {
    const page = await open('/papers');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    await page.getByLabel('Search papers').fill('tokenizaton'); // a typo
    await page.waitForURL(/\?q=tokenizaton$/);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('BERT');
    await page.getByLabel('Search papers').fill('');
    await page.getByRole('checkbox', {name: /NeurIPS/}).check();
    await page.waitForURL(/\?venue=NeurIPS$/);
    expect(await rows.count()).toBe(1);
    await page.reload({waitUntil: 'networkidle'});
    expect(await page.getByRole('checkbox', {name: /NeurIPS/}).isChecked()).toBe(true);
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Attention Is All You Need');
    await page.goBack();
    await page.waitForURL(/\/papers$/);
    expect(await rows.count()).toBe(2);
    await screenshot(page, 'papers-search');
    await page.close();
  });

  it('navigates /papers with the keyboard alone', async () => {
    const page = await open('/papers');
    await page.getByLabel('Search papers').focus();
    await page.keyboard.type('bert');
    // Tab to the sort control, then on into the filters; Space ticks a checkbox.
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.closest('label')?.textContent ?? '');
      if (focused.startsWith('reproduced')) break;
    }
    await page.keyboard.press('Space');
    await page.waitForURL(/status=reproduced/);
    expect(page.url()).toMatch(/\?q=bert&status=reproduced$/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.close();
  });

  it('opens a paper and copies its BibTeX', async () => {
    const context = await browser.newContext({permissions: ['clipboard-read', 'clipboard-write']});
    const page = await context.newPage();
    await page.goto(`${site.url}/papers`, {waitUntil: 'networkidle'});
    await page.getByRole('link', {name: /^BERT/}).first().click();
    await page.getByRole('heading', {level: 1, name: /BERT/}).waitFor({timeout: 10_000});
    const card = page.getByRole('region', {name: 'Paper log entry'});
    expect(await card.getByText('Tokenization matters').isVisible()).toBe(true);
    await card.getByText('Cite').click();
    await card.getByRole('button', {name: /copy/i}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@inproceedings\{devlin2019bert,/);
    expect(copied).toContain('doi = {10.18653/v1/N19-1423}');
    await screenshot(page, 'paper-bert');
    await context.close();
  });
});
