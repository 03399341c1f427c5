import {describe, expect, it} from 'vitest';
import {deriveCitekey} from '../../plugins/roadmap/citation/citekey';
import {courseProgress} from '../../plugins/roadmap/model/courseProgress';
import {homePage} from '../../plugins/roadmap/model/homePage';
import {paperLinks} from '../../plugins/roadmap/model/paperLinks';
import {paperRows} from '../../plugins/roadmap/model/paperLog';
import {percentile} from '../../plugins/roadmap/model/percentile';
import {buildRoadmapModel} from '../../plugins/roadmap/model/roadmapModel';
import {edit} from '../../scripts/corpus/exampleSite';
import {exampleModel} from '../support/exampleModel';

describe('courseProgress', () => {
  it('counts done modules', () => {
    expect(
      courseProgress({
        status: 'in-progress',
        modules: [
          {title: 'Regression', status: 'done', finished: undefined},
          {title: 'Advanced', status: 'in-progress', finished: undefined},
          {title: 'Unsupervised', status: 'planned', finished: undefined},
        ],
      }),
    ).toEqual({modulesDone: 1, modulesTotal: 3, percent: 33});
  });

  it('is complete for a done course, whatever its modules say', () => {
    expect(
      courseProgress({
        status: 'done',
        modules: [
          {title: 'One', status: 'done', finished: undefined},
          {title: 'Two', status: 'planned', finished: undefined},
        ],
      }),
    ).toEqual({modulesDone: 2, modulesTotal: 2, percent: 100});
    expect(courseProgress({status: 'done', modules: undefined})).toEqual({
      modulesDone: 0,
      modulesTotal: 0,
      percent: 100,
    });
  });
});

describe('deriveCitekey', () => {
  it('follows Google Scholar: family name, year, first real title word', () => {
    expect(deriveCitekey({authors: ['Ashish Vaswani'], year: 2017, title: 'Attention Is All You Need'})).toBe(
      'vaswani2017attention',
    );
    expect(deriveCitekey({authors: ['Devlin, Jacob'], year: 2019, title: 'BERT: Pre-training of Deep…'})).toBe(
      'devlin2019bert',
    );
    expect(deriveCitekey({authors: ['Kurt Gödel'], year: 1931, title: 'On Formally Undecidable Propositions'})).toBe(
      'godel1931formally',
    );
  });
});

it('percentile: the share of entrants ranked below', () => {
  expect(percentile(10, 100)).toBe(90);
  expect(percentile(1, 3)).toBe(66.7);
  expect(percentile(undefined, 100)).toBeUndefined();
});

describe('buildRoadmapModel on the example site', async () => {
  const model = await exampleModel(
    {},
    {
      pageOf: (file) => ({
        permalink: `/${file.replace(/(\/index)?\.md$/, '')}`,
        title: `Title of ${file}`,
        ...(file.startsWith('blog/') ? {date: '2025-10-01'} : {}),
      }),
    },
  );

  it('resolves the TL;DR references to pages', () => {
    expect(model.now).toEqual({
      focus: {
        slug: 'ml-basics',
        title: 'Title of docs/courses/ml-basics/index.md',
        permalink: '/docs/courses/ml-basics',
      },
      project: {slug: 'triage', title: 'Title of docs/projects/triage.md', permalink: '/docs/projects/triage'},
      quarterGoal: 'Finish the course',
      thisWeek: 'Module 1',
    });
  });

  it('lists each phase with its courses', () => {
    expect(model.phases).toEqual([
      {id: 'foundations', title: 'Foundations', window: '0-6 months', courses: ['ml-basics']},
    ]);
  });

  it('logs papers with a derived citekey, the sign of each reproduction gap and the direction that is better', () => {
    expect(model.papers).toHaveLength(1);
    expect(model.papers[0]).toMatchObject({
      slug: 'attention',
      citekey: 'vaswani2017attention',
      arxiv: '1706.03762',
      // /roadmap.json resolves `better`: BLEU does not name an error, so higher is better.
      results: [{metric: 'BLEU', paper: 27.3, mine: 25.1, gap: -2.2, better: 'higher'}],
    });
  });

  it('collects each skill’s evidence from every item that lists it', () => {
    const pytorch = model.skills.rows.find((row) => row.id === 'pytorch');
    expect(pytorch?.evidence.map((e) => `${e.kind} ${e.permalink}`)).toEqual([
      'paper /papers/attention',
      'post /blog/2025-10-01-hello',
    ]);
    const linear = model.skills.rows.find((row) => row.id === 'linear-models');
    expect(linear).toMatchObject({level: 1, target: 3, category: 'ml'});
    expect(linear?.evidence.map((e) => e.kind)).toEqual(['course']);
  });

  it('ranks a benchmark result', () => {
    expect(model.benchmarks[0]).toMatchObject({slug: 'titanic', rank: 10, entrants: 100, percentile: 90});
  });

  it('gives the home page its figures', () => {
    const home = homePage(model, '2026-11-25');
    expect(home.courses).toEqual({done: 0, inProgress: 1, planned: 0, dropped: 0, total: 1});
    expect(home.papersLogged).toBe(1);
    expect(home.latestPosts).toEqual([
      {title: 'Title of blog/2025-10-01-hello.md', permalink: '/blog/2025-10-01-hello', date: '2025-10-01'},
    ]);
  });
});

it('an unlisted or draft page is validated but stays out of every list and count', async () => {
  const model = await exampleModel(
    {},
    {pageOf: (file) => ({permalink: `/${file}`, title: file, listed: file !== 'papers/attention.md'})},
  );
  expect(model.papers).toEqual([]);
  expect(homePage(model, '2026-11-25').papersLogged).toBe(0);
  expect(model.skills.rows.find((row) => row.id === 'pytorch')?.evidence.map((e) => e.kind)).toEqual(['post']);
});

it('a paper logged without arXiv id, DOI or URL has no link in the log, and its card none to show', async () => {
  const model = await exampleModel(edit('papers/attention.md', 'arxiv: 1706.03762\n', ''));
  const [row] = paperRows(model);
  expect(row?.slug).toBe('attention');
  expect(row).not.toHaveProperty('link');
  expect(paperLinks(model.papers[0]!)).toEqual([]);
});

it("lists posts newest first by their page's date, whatever the files' order", async () => {
  const model = await exampleModel(
    {
      'blog/2025-09-01-older.md': '---\ntitle: Older\n---\n\nA first post.\n',
      'blog/2025-11-02-newer.md': '---\ntitle: Newer\n---\n\nA later post.\n',
    },
    {pageOf: (file) => ({permalink: `/${file}`, title: file, date: /\d{4}-\d{2}-\d{2}/.exec(file)?.[0]})},
  );
  expect(model.posts.map((post) => post.date)).toEqual(['2025-11-02', '2025-10-01', '2025-09-01']);
});
