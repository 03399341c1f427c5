import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {visibleText} from '../support/visibleText';

/** The lived-in fixture (scripts/corpus/livedInSite.ts), built once per run as of LIVED_IN_TODAY. */
const outDir = inject('livedInOutDir');
const read = (...parts: string[]) => readFile(path.join(outDir, ...parts), 'utf8');

describe('pages with content in every collection (as of 2026-06-10)', () => {
  it('/projects shows each project under its domain with status, stack and metrics', async () => {
    const html = await read('projects/index.html');
    expect(html).toMatch(/Healthcare[\s\S]*Blood-panel triage[\s\S]*Legal NLP \/ RAG[\s\S]*Contract RAG/);
    expect(html).toContain('PyTorch, FastAPI');
    expect(visibleText(html)).toContain('p95 latency: 40 ms');
    expect(html).not.toContain('No projects yet');
  });

  it('/benchmarks shows rank, percentile and the project', async () => {
    const html = await read('benchmarks/index.html');
    expect(html).toContain('1200 of 15000');
    expect(html).toContain('top 8.0%');
    expect(html).toMatch(/href="?\/docs\/projects\/blood-triage"?/);
  });

  it('/talks lists past and future talks; the changelog keeps the future one apart', async () => {
    expect(await read('talks/index.html')).toMatch(/A talk next year[\s\S]*Reproducing BERT on a laptop/);
    const changelog = await read('changelog/index.html');
    expect(visibleText(changelog)).toMatch(/Upcoming .*A talk next year.* May 2026 .*Shipped the project Blood-panel triage/);
    expect(changelog).toContain('Shipped the project Blood-panel triage');
    expect(changelog).toContain('Finished module');
  });

  it('/progress measures the project rule and the course pace', async () => {
    const html = await read('progress/index.html');
    const text = visibleText(html);
    expect(text).toContain('Production shipped in 2026 1 of 1');
    expect(text).toContain('Small shipped in 2026 0 of 2–3 (1 active)');
    // ng-ml-spec: started 2025-10-01, 1 of 3 modules done by 2026-06-10 (36 weeks): 2 left at 1/36 a week.
    expect(text).toContain('0.03 modules a week; done by 2027-10-27');
  });

  it('/progress draws ng-ml-spec on the timeline: solid to today, dashed to the finish its pace implies', async () => {
    const html = await read('progress/index.html');
    // The span runs from 2025-10-01 to 2027-11-01 (the month after 2027-10-27), 761 days:
    // 252 days to today (33.11 %), then 504 days to the projected finish (66.23 %).
    expect(html).toMatch(/<rect x="?0%"? y="?5"? width="?33.11%"?/);
    expect(html).toMatch(/<rect x="?33.11%"? y="?5.5"? width="?66.23%"?/);
    expect(visibleText(html)).toContain('started 2025-10-01, in progress; at the current pace it ends 2027-10-27');
    expect(visibleText(html)).toContain('today, 2026-06-10');
  });

  it('a paper page says whether a reproduction is better or worse, in words', async () => {
    // synthetic-00003: accuracy 0.83 in the paper, 0.81 mine; accuracy is higher-is-better by default.
    const text = visibleText(await read('papers/synthetic-00003/index.html'));
    expect(text).toContain('accuracy higher is better');
    expect(text).toContain('−0.02 worse than the paper');
  });

  it('the home page counts projects shipped this year', async () => {
    expect(visibleText(await read('index.html'))).toContain('1 project shipped this year');
  });
});

describe('detail pages show their own data, in the static HTML', () => {
  it('a course: status, provider, instructor, modules done, pace, expected finish and its link', async () => {
    const text = visibleText(await read('docs/courses/fastai/index.html'));
    expect(text).toContain('In progress fast.ai · Jeremy Howard');
    // Started 2026-02-01, 3 of 8 lessons done by 2026-06-10 (18.4 weeks): 5 more at 0.16 a week.
    expect(text).toMatch(/Started 2026-02-01 Pace 0\.16 modules a week Expected finish 2027-01-1\d/);
    expect(text).toContain('3 of 8 modules done');
    expect(text).toContain('Lesson 3: Neural net foundations ✅ Done 2026-04-13');
    expect(text).toContain('Lesson 4: Natural language (NLP) 🔄 In progress');
    expect(await read('docs/courses/fastai/index.html')).toMatch(/href="?https:\/\/course\.fast\.ai\/"?/);
  });

  it('a project: domain, scale, status, dates, metrics, stack, repo and demo', async () => {
    const html = await read('docs/projects/blood-triage/index.html');
    const text = visibleText(html);
    expect(text).toContain('Shipped Flags urgent cases from routine blood panels.');
    expect(text).toContain('Domain Healthcare Scale Production-grade Started 2026-01-10 Shipped 2026-05-02');
    expect(text).toContain('AUROC 0.91 p95 latency 40 ms');
    expect(text).toContain('PyTorch FastAPI');
    expect(html).toMatch(/href="?https:\/\/github\.com\/example\/blood-triage"?/);
    expect(html).toMatch(/href="?https:\/\/example\.org\/triage"?/);
  });

  it('a benchmark: event, metric, score, rank of entrants with percentile, and its project', async () => {
    const html = await read('docs/benchmarks/titanic/index.html');
    expect(visibleText(html)).toContain(
      'Event Kaggle Date 2026-03-14 Metric accuracy Score 0.79 Rank 1,200 of 15,000 entrants Percentile top 8.0% Project Blood-panel triage',
    );
    expect(html).toMatch(/href="?\/docs\/projects\/blood-triage"?/);
  });

  it('a talk: event, date, slides and video', async () => {
    const html = await read('docs/talks/meetup/index.html');
    expect(visibleText(html)).toContain('Event ML meetup Date 2026-04-20');
    expect(html).toMatch(/href="?https:\/\/example\.org\/slides\.pdf"?/);
    expect(html).toMatch(/href="?https:\/\/example\.org\/video"?/);
  });

  it('the curriculum lists every course under its phase, computed; the notes index lists the notes', async () => {
    const curriculum = visibleText(await read('docs/courses/index.html'));
    expect(curriculum).toMatch(
      /Foundations \(0-6 months\)\W+fast\.ai: Practical Deep Learning for Coders 🔄 In progress fast\.ai 3 of 8 modules/,
    );
    expect(curriculum).toMatch(/grouped by phase[\s\S]*Foundations[\s\S]*Optimization refresher/);
    expect(curriculum).not.toContain('Adding a course');
    expect(visibleText(await read('docs/notes/index.html'))).toContain('A reproducible environment');
  });
});

describe('linked notes (wikilinks, citations, Linked from)', () => {
  const post = 'blog/2026/05/03/shipping-triage/index.html';

  it('a post renders its wikilinks and citations as links, and ends with its references', async () => {
    const html = await read(post);
    const text = visibleText(html);
    expect(html).toMatch(/<a[^>]*href="?\/docs\/projects\/blood-triage"?[^>]*>triage project<\/a>/);
    expect(html).toMatch(/<a[^>]*href="?\/papers\/xgboost"?[^>]*>XGBoost: A Scalable Tree Boosting System<\/a>/);
    expect(html).toMatch(/href="?\/papers\/resnet#notes"?[^>]*>Deep Residual Learning for Image Recognition › Notes</);
    expect(html).toMatch(/<a[^>]*href="?\/docs\/notes\/environment"?[^>]*>pinned environment<\/a>/);
    expect(text).toMatch(/came from \(\s*He et al\., 2016[\s\S]*; Vaswani et al\., 2017[\s\S]*\)/);
    expect(text).toMatch(
      /References\W+Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun \(2016\)\. Deep Residual Learning for Image Recognition\s*\.\s*CVPR\./,
    );
    // Nothing links to this post.
    expect(text).not.toContain('Linked from');
  });

  it('a feed item keeps the citation and leaves out its hover card', async () => {
    const rss = await read('blog/rss.xml');
    const item = rss.slice(rss.indexOf('<title><![CDATA[Shipping the blood-panel triage'));
    const content = item.slice(0, item.indexOf('</item>'));
    expect(content).toContain('He et al., 2016');
    expect(content).not.toContain('Identity shortcuts');
    expect(content).not.toContain('role="tooltip"');
  });

  it('the paper and the project a post links list it under "Linked from", grouped by kind', async () => {
    expect(visibleText(await read('papers/xgboost/index.html'))).toMatch(
      /Linked from Projects Blood-panel triage Posts Shipping the blood-panel triage/,
    );
    expect(visibleText(await read('docs/projects/blood-triage/index.html'))).toMatch(
      /Linked from Benchmarks Titanic survival Posts Shipping the blood-panel triage/,
    );
    expect(visibleText(await read('papers/bert/index.html'))).toMatch(/Linked from Talks Reproducing BERT on a laptop/);
    expect(visibleText(await read('papers/dropout/index.html'))).not.toContain('Linked from');
  });

  it('/roadmap.json lists every link with its kind', async () => {
    const {links} = JSON.parse(await read('roadmap.json')) as {links: {from: string; to: string; kind: string}[]};
    expect(links).toEqual(
      expect.arrayContaining([
        {from: '/blog/2026/05/03/shipping-triage', to: '/papers/xgboost', kind: 'wikilink'},
        {from: '/blog/2026/05/03/shipping-triage', to: '/papers/resnet', kind: 'citation'},
        {from: '/blog/2026/05/03/shipping-triage', to: '/docs/notes/environment', kind: 'markdown'},
        {from: '/docs/projects/blood-triage', to: '/papers/xgboost', kind: 'related'},
        {from: '/docs/benchmarks/titanic', to: '/docs/projects/blood-triage', kind: 'reference'},
      ]),
    );
  });
});
