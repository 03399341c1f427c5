import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, inject, it} from 'vitest';

/** The lived-in fixture (scripts/corpus/livedInSite.ts), built once per run as of LIVED_IN_TODAY (2026-06-10). */
const outDir = inject('livedInOutDir');
const read = (...parts: string[]) => readFile(path.join(outDir, ...parts), 'utf8');

interface BuiltView {
  layout: string | undefined;
  caption: string;
  /** Each row's cells as their text, the title first. */
  rows: string[][];
  more: string | undefined;
}

/** Every view of a built page, as a reader sees it. */
async function viewsOf(route: string): Promise<BuiltView[]> {
  const $ = load(await read(route, 'index.html'));
  return $('article [data-view]')
    .toArray()
    .map((view) => ({
      layout: $(view).attr('data-view'),
      caption: $(view).find('[data-view-caption]').text(),
      rows: $(view)
        .find('[data-view-row]')
        .toArray()
        .map((row) =>
          $(row)
            .find('[data-view-cell]')
            .toArray()
            .map((cell) => $(cell).text().trim()),
        ),
      more: $(view).find('[data-view-more] a').attr('href'),
    }));
}

describe('views, computed at build time (as of 2026-06-10)', () => {
  it('a post: the papers reproduced this year, newest first, as a table', async () => {
    expect(await viewsOf('blog/2026/05/03/shipping-triage')).toEqual([
      {
        layout: 'table',
        caption: '2 papers',
        rows: [
          ['LoRA: Low-Rank Adaptation of Large Language Models', '2026-05-25', 'ICLR'],
          ['XGBoost: A Scalable Tree Boosting System', '2026-01-12', 'KDD'],
        ],
        // "this year" is no facet of /papers.
        more: undefined,
      },
    ]);
  });

  it('a paper: the architecture papers read, oldest first, as a list that opens /papers with the same filter', async () => {
    expect(await viewsOf('papers/resnet')).toEqual([
      {
        layout: 'list',
        caption: '4 papers',
        rows: [
          ['Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift', '2015', '📖 Read'],
          ['Deep Residual Learning for Image Recognition', '2016', '✅ Reproduced'],
          ['Attention Is All You Need', '2017', '✅ Reproduced'],
          ['An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale', '2021', '📖 Read'],
        ],
        more: '/papers?status=read&status=reproduced&tag=architecture&sort=year',
      },
    ]);
  });

  it('a course note: the courses under way, furthest along first, with their derived progress', async () => {
    expect(await viewsOf('docs/courses/ng-ml-spec/regression-and-classification')).toEqual([
      {
        layout: 'table',
        caption: '2 courses',
        rows: [
          ['fast.ai: Practical Deep Learning for Coders', 'fast.ai', '38%', '2026-02-01'],
          ['Machine Learning Specialization', 'DeepLearning.AI', '33%', '2025-10-01'],
        ],
        more: undefined,
      },
    ]);
  });

  it("a notebook's markdown cell: the results above the median, as cards", async () => {
    expect(await viewsOf('docs/courses/ng-ml-spec/regression-lab')).toEqual([
      {
        layout: 'cards',
        caption: '2 benchmark results',
        rows: [
          ['Titanic survival', 'Kaggle', '2026-03-14', '92'],
          ['CIFAR-10 speedrun', 'Community leaderboard', '2026-05-20', '72.1'],
        ],
        more: undefined,
      },
    ]);
  });

  it('leaves no trace of the YAML, keeps the rows out of search, and links each title to its note', async () => {
    const html = await read('papers/resnet', 'index.html');
    expect(html).not.toContain('from: papers');
    const $ = load(html);
    expect($('[data-view]').attr('data-pagefind-ignore')).toBe('all');
    expect($('[data-view] [data-view-row] a').first().attr('href')).toBe('/papers/batch-norm');
  });

  it('is a plain table in the post’s feed item', async () => {
    const rss = load(await read('blog/rss.xml'), {xml: true});
    const item = rss('item').filter((_, el) => rss(el).find('link').text().endsWith('/shipping-triage'));
    const content = load(item.find('content\\:encoded').text());
    expect(content('[data-view]').length).toBe(0);
    const table = content('table').filter((_, el) => content(el).find('caption').text() === '2 papers');
    expect(table.find('th').toArray().map((th) => content(th).text())).toEqual(['Title', 'Read', 'Venue']);
    expect(table.find('tbody tr').first().find('a').attr('href')).toBe('http://localhost:3000/papers/lora');
    expect(table.attr('class')).toBeUndefined();
  });
});
