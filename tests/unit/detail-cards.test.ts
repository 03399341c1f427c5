import {describe, expect, it} from 'vitest';
import {detailCardDataName, detailCardImport, hasDetailCard} from '../../plugins/roadmap/emit/detailCardModule';
import {detailCards} from '../../plugins/roadmap/model/detailCards';
import type {PageInfo} from '../../plugins/roadmap/site/pages';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {edit, writeSite} from '../../scripts/corpus/exampleSite';

const pageOf = (file: string): PageInfo => ({
  permalink: `/${file.replace(/(\/index)?\.md$/, '')}`,
  title: file === 'docs/projects/triage.md' ? 'Blood-panel triage' : file,
});

describe('detail cards, from the validated example site (as of 2025-12-01)', async () => {
  const {site} = await checkSite(
    await writeSite(
      edit(
        'docs/courses/ml-basics/index.md',
        '  - title: Regression\n    status: in-progress\n',
        '  - {title: Regression, status: done, finished: 2025-10-20}\n  - {title: Trees, status: planned}\n',
      ),
    ),
    {today: '2025-12-01'},
  );
  if (!site) throw new Error('the example site should be valid');
  const cards = new Map(detailCards(site, pageOf, '2025-12-01').map(({file, card}) => [file, card]));

  it('gives every course, project, benchmark and talk page a card, and no other page', () => {
    expect([...cards.keys()].sort()).toEqual([
      'docs/benchmarks/titanic.md',
      'docs/courses/ml-basics/index.md',
      'docs/projects/triage.md',
      'docs/talks/meetup.md',
    ]);
  });

  it('a course: status, provider, phase title, modules, progress and the finish its pace implies', () => {
    expect(cards.get('docs/courses/ml-basics/index.md')).toEqual({
      kind: 'course',
      status: 'in-progress',
      provider: 'DeepLearning.AI',
      phase: {id: 'foundations', title: 'Foundations'},
      started: '2025-10-01',
      modules: [
        {title: 'Regression', status: 'done', finished: '2025-10-20'},
        {title: 'Trees', status: 'planned'},
      ],
      progress: {modulesDone: 1, modulesTotal: 2, percent: 50},
      // One module in 61 days (8.7 weeks): the other takes as long again.
      pace: {modulesPerWeek: 0.11, expectedFinish: '2026-01-31'},
    });
  });

  it('a project: domain title, scale, status, dates and links', () => {
    expect(cards.get('docs/projects/triage.md')).toEqual({
      kind: 'project',
      summary: 'Triage from blood panels.',
      status: 'active',
      domain: {id: 'healthcare', title: 'Healthcare'},
      scale: 'small',
      started: '2025-11-01',
      repo: 'https://github.com/example/triage',
      stack: [],
      metrics: [],
    });
  });

  it('a benchmark: score, rank of entrants with percentile, and the project it belongs to', () => {
    expect(cards.get('docs/benchmarks/titanic.md')).toEqual({
      kind: 'benchmark',
      event: 'Kaggle',
      date: '2025-11-02',
      score: 0.78,
      rank: 10,
      entrants: 100,
      percentile: 90,
      project: {slug: 'triage', title: 'Blood-panel triage', permalink: '/docs/projects/triage'},
    });
  });

  it('a talk: event, date and slides', () => {
    expect(cards.get('docs/talks/meetup.md')).toEqual({
      kind: 'talk',
      event: 'Local meetup',
      date: '2025-11-20',
      slides: 'https://example.org/slides.pdf',
    });
  });
});

describe('where a card is found', () => {
  it('only course, project, benchmark and talk pages import one', () => {
    expect(hasDetailCard('docs/courses/fastai/index.md')).toBe(true);
    expect(hasDetailCard('docs/courses/fastai/lesson-1.md')).toBe(false);
    expect(hasDetailCard('docs/projects/triage/index.md')).toBe(true);
    expect(hasDetailCard('docs/talks/meetup.md')).toBe(true);
    expect(hasDetailCard('papers/resnet.md')).toBe(false);
    expect(hasDetailCard('docs/notes/math.md')).toBe(false);
  });

  it('names one data file per content file, readable and without collisions', () => {
    expect(detailCardDataName('docs/projects/a-b.md')).toMatch(/^cards\/docs-projects-a-b-[0-9a-f]{8}\.json$/);
    expect(detailCardDataName('docs/projects/a-b.md')).not.toBe(detailCardDataName('docs/projects/a/b.md'));
    expect(detailCardImport('docs/talks/meetup.md')).toBe(
      `@generated/roadmap/default/${detailCardDataName('docs/talks/meetup.md')}`,
    );
  });
});
