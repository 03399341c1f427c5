import {describe, expect, it} from 'vitest';
import {
  computedPartDataName,
  computedPartImport,
  computedPartPlace,
} from '../../plugins/roadmap/emit/computedPartModule';
import {computedParts} from '../../plugins/roadmap/model/computedParts';
import {detailCards} from '../../plugins/roadmap/model/detailCards';
import type {PageInfo} from '../../plugins/roadmap/site/pages';
import {allCollections} from '../../plugins/roadmap/schema/collections';
import type {ValidSite} from '../../plugins/roadmap/schema/validSite';
import {buildRoadmapModel} from '../../plugins/roadmap/model/roadmapModel';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {edit, writeSite} from '../../scripts/corpus/exampleSite';

/** Every content file of a valid site, whatever its collection. */
function allCollectionsFiles(site: ValidSite): string[] {
  return allCollections()
    .flatMap((c) => (site as unknown as Record<string, {file: string}[]>)[c.plural] ?? [])
    .map((e) => e.file);
}

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

  it("a talk: the generic card of its definition's fields, an absent video left out", () => {
    expect(cards.get('docs/talks/meetup.md')).toEqual({
      kind: 'fields',
      label: 'Talk',
      fields: [
        {label: 'Event', value: 'Local meetup', as: 'text'},
        {label: 'Date', value: '2025-11-20', as: 'date'},
      ],
      links: [{label: 'Slides', href: 'https://example.org/slides.pdf'}],
    });
  });
});

describe('the computed index pages', async () => {
  const {site} = await checkSite(
    await writeSite({
      'docs/courses/index.md': '---\ntitle: Curriculum\n---\n',
      'docs/notes/index.md': '---\ntitle: Notes\n---\n',
      'docs/notes/b-setup.md': '---\ntitle: Setup\n---\n',
      'docs/notes/secret.md': '---\ntitle: Secret\nunlisted: true\n---\n',
    }),
    {today: '2025-12-01'},
  );
  if (!site) throw new Error('the example site should be valid');
  const titles: Record<string, string> = {'docs/notes/math.md': 'Math notes', 'docs/notes/b-setup.md': 'Setup'};
  const lookup = (file: string): PageInfo => ({
    ...pageOf(file),
    title: titles[file] ?? file,
    ...(file === 'docs/notes/secret.md' ? {listed: false} : {}),
  });
  const model = buildRoadmapModel(site, lookup, '2025-12-01');
  const parts = new Map(computedParts(site, model, lookup, '2025-12-01').map(({file, part}) => [file, part]));

  it('the curriculum lists each course under its phase, with progress and the current focus', () => {
    expect(parts.get('docs/courses/index.md')).toEqual({
      kind: 'curriculum',
      phases: [
        {
          id: 'foundations',
          title: 'Foundations',
          window: '0-6 months',
          courses: [
            {
              title: 'docs/courses/ml-basics/index.md',
              permalink: '/docs/courses/ml-basics',
              provider: 'DeepLearning.AI',
              status: 'in-progress',
              progress: {modulesDone: 0, modulesTotal: 1, percent: 0},
              focus: true,
            },
          ],
        },
      ],
    });
  });

  it('the notes index lists the listed notes of docs/notes/ by title, not itself', () => {
    expect(parts.get('docs/notes/index.md')).toEqual({
      kind: 'notes',
      notes: [
        {title: 'Math notes', permalink: '/docs/notes/math'},
        {title: 'Setup', permalink: '/docs/notes/b-setup'},
      ],
    });
  });
});

describe('the pages that import a computed part and the parts computed agree', async () => {
  const files = {
    'docs/courses/index.md': '---\ntitle: Curriculum\n---\n',
    'docs/notes/index.md': '---\ntitle: Notes\n---\n',
    'docs/projects/deep/index.md':
      '---\ntitle: Deep\nsummary: A project in a folder.\ndomain: healthcare\nscale: small\nstatus: planned\n---\n',
    'docs/projects/deep/design.md': '---\ntitle: Design notes\n---\n',
  };
  const siteDir = await writeSite(files);
  const {site} = await checkSite(siteDir, {today: '2025-12-01'});
  if (!site) throw new Error('the example site should be valid');
  const model = buildRoadmapModel(site, pageOf, '2025-12-01');

  it('every file the remark plugin gives a place has a part, and no other file', () => {
    const loaded = [...allCollectionsFiles(site)];
    const withPlace = loaded.filter((file) => computedPartPlace(file) !== undefined).sort();
    const computed = computedParts(site, model, pageOf, '2025-12-01')
      .map((part) => part.file)
      .sort();
    expect(computed).toEqual(withPlace);
    expect(computed).toContain('docs/projects/deep/index.md');
    expect(computed).not.toContain('docs/projects/deep/design.md');
  });
});

describe('where a computed part is found', () => {
  it('course, project, benchmark and talk pages and the two index pages import one', () => {
    expect(computedPartPlace('docs/courses/index.md')).toBe('end');
    expect(computedPartPlace('docs/notes/index.md')).toBe('end');
    expect(computedPartPlace('docs/courses/fastai/index.md')).toBe('top');
    expect(computedPartPlace('docs/courses/fastai/lesson-1.md')).toBeUndefined();
    expect(computedPartPlace('docs/projects/triage/index.md')).toBe('top');
    expect(computedPartPlace('docs/talks/meetup.md')).toBe('top');
    expect(computedPartPlace('papers/resnet.md')).toBeUndefined();
    expect(computedPartPlace('docs/notes/math.md')).toBeUndefined();
  });

  it('names one data file per content file, readable and without collisions', () => {
    expect(computedPartDataName('docs/projects/a-b.md')).toMatch(/^parts\/docs-projects-a-b-[0-9a-f]{8}\.json$/);
    expect(computedPartDataName('docs/projects/a-b.md')).not.toBe(computedPartDataName('docs/projects/a/b.md'));
    expect(computedPartImport('docs/talks/meetup.md')).toBe(
      `@generated/roadmap/default/${computedPartDataName('docs/talks/meetup.md')}`,
    );
  });
});
