import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {launchChromium} from '../../scripts/harness/browser';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';
import {blockingViolations, COLOUR_RULES, describeViolations} from '../support/axe';
import {invisibleText, sidewaysOverflow} from '../support/readability';
import {GENERATED_ROUTES} from '../support/readerRoutes';

/** One detail page of each kind on the lived-in site (scripts/corpus/livedInSite.ts), and the navbar item it belongs to. */
const DETAIL_PAGES = {
  '/docs/courses/fastai/': 'Curriculum',
  '/docs/courses/ng-ml-spec/regression-and-classification': 'Curriculum',
  '/docs/projects/blood-triage': 'Projects',
  '/docs/benchmarks/titanic': 'Projects',
  '/docs/talks/meetup': 'Writing',
  '/papers/resnet': 'Papers',
  '/docs/notes/environment': 'Notes',
  '/blog/2026/05/03/shipping-triage': 'Writing',
} as const;

/** Every page a reader opens from the navbar or footer, and one of each kind of detail page. */
const ROUTES = [...GENERATED_ROUTES, '/docs/courses/', '/docs/notes/', '/blog', ...Object.keys(DETAIL_PAGES)];

const MODES = [
  {name: '1280 light', viewport: {width: 1280, height: 900}, colorScheme: 'light'},
  {name: '390 light', viewport: {width: 390, height: 844}, colorScheme: 'light'},
  {name: '1280 dark', viewport: {width: 1280, height: 900}, colorScheme: 'dark'},
] as const;

const SCREENSHOTS = path.join(REPO_DIR, 'test-results/screenshots/lived-in');
let browser: Browser;
let site: {url: string; close: () => Promise<void>};

beforeAll(async () => {
  site = await serveStatic(inject('livedInOutDir'));
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, {recursive: true});
  console.log(`lived-in screenshots in ${SCREENSHOTS}`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(route: string, mode: (typeof MODES)[number] = MODES[0]): Promise<Page> {
  const page = await browser.newPage({viewport: mode.viewport, colorScheme: mode.colorScheme});
  const response = await page.goto(site.url + route, {waitUntil: 'networkidle'});
  expect(response?.status(), route).toBe(200);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  return page;
}

describe('every reader page reads at every width, in both colour schemes', () => {
  // One test per page: three full-page screenshots each on a busy machine.
  it.concurrent.each(ROUTES)('%s', async (route) => {
    const problems: string[] = [];
    for (const mode of MODES) {
      const page = await open(route, mode);
      const name = `${route.replaceAll(/[^\w-]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${mode.name.replace(' ', '-')}`;
      await page.screenshot({path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true});
      const overflow = await sidewaysOverflow(page);
      if (overflow.page > 0) problems.push(`${mode.name}: the page is ${overflow.page} px wider than the window`);
      for (const box of overflow.boxes)
        problems.push(`${mode.name}: ${box.where} hides ${box.hidden} px behind a sideways scroll`);
      for (const text of await invisibleText(page))
        problems.push(`${mode.name}: "${text.text}" in ${text.where} is ${text.color} on ${text.background}`);
      await page.close();
    }
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });
});

describe('each detail page shows its own data', () => {
  it('a course: status, provider, instructor, modules done, pace, expected finish, each module', async () => {
    const page = await open('/docs/courses/fastai/', MODES[1]);
    const card = page.getByRole('region', {name: 'Course'});
    expect(await card.textContent()).toMatch(/In progress fast\.ai · Jeremy Howard/);
    expect(await card.getByText('3 of 8 modules done').isVisible()).toBe(true);
    expect(await card.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('38');
    // Started 2026-02-01, 3 of 8 done by 2026-06-10: 0.16 a week, 5 more take 215 days.
    expect(await card.getByText('0.16 modules a week').isVisible()).toBe(true);
    expect(await card.getByText('2027-01-11', {exact: true}).isVisible()).toBe(true);
    expect(await card.getByRole('list', {name: 'Modules'}).getByRole('listitem').count()).toBe(8);
    expect(await card.getByRole('link', {name: 'Course page'}).getAttribute('href')).toBe('https://course.fast.ai/');
    await page.close();
  });

  it('a project: domain, scale, metrics, stack, repository and demo', async () => {
    const page = await open('/docs/projects/blood-triage', MODES[1]);
    const card = page.getByRole('region', {name: 'Project'});
    for (const shown of ['Healthcare', 'Production-grade', '2026-05-02', '40 ms', 'FastAPI'])
      expect(await card.getByText(shown, {exact: true}).isVisible(), shown).toBe(true);
    expect(await card.getByRole('link', {name: 'Repository'}).count()).toBe(1);
    expect(await card.getByRole('link', {name: 'Demo'}).count()).toBe(1);
    await page.close();
  });

  it('a benchmark: score, rank of entrants, percentile and its project, which opens', async () => {
    const page = await open('/docs/benchmarks/titanic', MODES[1]);
    const card = page.getByRole('region', {name: 'Benchmark result'});
    for (const shown of ['0.79', '1,200 of 15,000 entrants', 'top 8.0%'])
      expect(await card.getByText(shown, {exact: true}).isVisible(), shown).toBe(true);
    await card.getByRole('link', {name: 'Blood-panel triage'}).click();
    await page.getByRole('region', {name: 'Project'}).waitFor();
    await page.close();
  });

  it('a talk: event, date, slides and video', async () => {
    const page = await open('/docs/talks/meetup', MODES[1]);
    const card = page.getByRole('region', {name: 'Talk'});
    expect(await card.getByText('ML meetup', {exact: true}).isVisible()).toBe(true);
    expect(await card.getByRole('link', {name: 'Slides'}).getAttribute('href')).toBe('https://example.org/slides.pdf');
    expect(await card.getByRole('link', {name: 'Video'}).getAttribute('href')).toBe('https://example.org/video');
    await page.close();
  });

  it('the curriculum: each course under its phase, with the modules done', async () => {
    const page = await open('/docs/courses/');
    const foundations = page.getByRole('region', {name: /Foundations/});
    const fastai = foundations.getByRole('listitem').filter({hasText: 'fast.ai: Practical Deep Learning'});
    expect(await fastai.getByText('3 of 8 modules').isVisible()).toBe(true);
    expect(await page.getByText('Adding a course').count()).toBe(0);
    await page.close();
  });
});

it.each(Object.entries(DETAIL_PAGES))('the navbar marks where %s belongs: %s', async (route, item) => {
  const page = await open(route);
  expect(await page.locator('.navbar .navbar__link--active').allTextContents()).toEqual([item]);
  await page.close();
});

it.each(['/docs/courses/fastai/', '/docs/benchmarks/titanic', '/docs/courses/'])(
  'axe finds nothing serious on %s, light and dark',
  async (route) => {
    const page = await open(route);
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await page.locator(`html[data-theme="${colorScheme}"]`).waitFor({state: 'attached'});
      const violations = await blockingViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
      if (violations.length > 0) problems.push(`${colorScheme}:\n${describeViolations(violations)}`);
    }
    await page.close();
    expect(problems.length, `\n${problems.join('\n')}\n`).toBe(0);
  },
);

it('the probes catch what they look for: a clipped box, a wide page, transparent and same-colour text', async () => {
  const page = await browser.newPage({viewport: {width: 390, height: 844}});
  await page.setContent(`<body style="margin:0">
    <div style="overflow-x:auto;width:300px"><table style="width:700px"><tr><td>wide</td></tr></table></div>
    <pre style="overflow-x:auto;width:300px">a code line that may scroll sideways because code cannot wrap ………………</pre>
    <div style="width:500px">wider than the window</div>
    <p style="color:transparent">gone</p>
    <p style="background:#fff;color:#fefefe">white on white</p>
    <p style="color:#333">seen</p>
    <svg width="200" height="40"><text x="0" y="20" fill="#fff">white label</text><text x="0" y="35" fill="#111">dark label</text></svg>
    <p aria-hidden="true" style="color:rgba(0,0,0,0)">hidden from readers, not from eyes</p>
  </body>`);
  const overflow = await sidewaysOverflow(page);
  expect(overflow.page).toBe(110);
  expect(overflow.boxes.map((box) => [box.where, box.hidden])).toEqual([['div', 400]]);
  expect((await invisibleText(page)).map((text) => text.text)).toEqual([
    'gone',
    'white on white',
    'white label',
    'hidden from readers, not from eyes',
  ]);
  await page.close();
});

it('Back after the first words typed into /papers returns to the whole log', async () => {
  const page = await open('/papers');
  const rows = page.locator('tbody tr');
  const all = await rows.count();
  const search = page.getByLabel('Search papers');
  await search.fill('resid');
  await expect.poll(() => new URL(page.url()).search).toBe('?q=resid');
  // Later keystrokes refine the same history entry.
  await search.press('u');
  await expect.poll(() => new URL(page.url()).search).toBe('?q=residu');
  expect(await rows.count()).toBe(1);
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect.poll(() => rows.count()).toBe(all);
  expect(await search.inputValue()).toBe('');
  await page.close();
});
