import {describe, expect, it} from 'vitest';
import {footerColumns} from '../../plugins/roadmap/navigation/footer';
import {homeSections} from '../../plugins/roadmap/navigation/homeSections';
import {navbarLinks} from '../../plugins/roadmap/navigation/navbar';
import {pluginRoutes} from '../../plugins/roadmap/navigation/pluginRoutes';
import {byOrder} from '../../plugins/roadmap/model/listOrder';

describe('the navigation derived from the registry', () => {
  it('the navbar: each kind active on its pages and on those of the kinds under it', () => {
    expect(navbarLinks()).toEqual([
      {to: '/progress', label: 'Progress'},
      {to: '/docs/courses', label: 'Curriculum', activeUnder: 'docs/courses'},
      {to: '/papers', label: 'Papers'},
      {to: '/skills', label: 'Skills'},
      {to: '/projects', label: 'Projects', activeUnder: 'projects|docs/projects|benchmarks|docs/benchmarks'},
      {to: '/blog', label: 'Writing', activeUnder: 'blog|talks|docs/talks'},
      {
        to: '/docs/notes',
        label: 'Notes',
        activeUnder: 'docs/(?!courses(/|$)|projects(/|$)|benchmarks(/|$)|talks(/|$))[^/]+',
      },
      {to: '/changelog', label: 'Changelog'},
    ]);
  });

  it("the notes item's pattern takes a free note, not another kind's page", () => {
    const notes = new RegExp(`^/(${navbarLinks().find((l) => l.label === 'Notes')!.activeUnder})(/|$)`);
    expect(['/docs/notes/setup', '/docs/anything'].filter((p) => notes.test(p))).toHaveLength(2);
    expect(['/docs/courses/fastai', '/docs/talks/meetup', '/docs/projects'].filter((p) => notes.test(p))).toEqual([]);
  });

  it('the footer: kinds in registry order, then the site pages and the feeds', () => {
    expect(footerColumns().map(({title, items}) => [title, items.map((i) => i.label)])).toEqual([
      ['Learn', ['Progress', 'Curriculum', 'Paper log', 'Skills', 'Map', 'Review']],
      ['Build', ['Projects', 'Benchmarks', 'Talks']],
      ['Follow', ['Writing', 'Changelog', 'Changelog feed (RSS)', 'Blog feed (RSS)']],
    ]);
  });

  it("the home page's sections, the site's pages placed after the kind they name", () => {
    expect(homeSections().map((s) => `${s.title} ${s.to}`)).toEqual([
      'Progress /progress',
      'Curriculum /docs/courses',
      'Paper log /papers',
      'Skills /skills',
      'Review /review',
      'Projects /projects',
      'Benchmarks /benchmarks',
      'Talks /talks',
      'Writing /blog',
      'Notes /docs/notes',
      'Changelog /changelog',
    ]);
  });

  it('the routes the plugin generates, each with its component', () => {
    expect(pluginRoutes().map((r) => `/${r.route} ${r.component}`)).toEqual([
      '/ RoadmapHome',
      '/papers/next NextExperimentsPage',
      '/skills SkillsPage',
      '/graph GraphPage',
      '/review ReviewPage',
      '/changelog ChangelogPage',
      '/progress ProgressPage',
      '/papers PaperLogPage',
      '/projects ProjectsPage',
      '/benchmarks BenchmarksPage',
      '/talks CollectionPage',
    ]);
  });
});

describe("a kind's list order", () => {
  const papers = [
    {title: 'B', read: '2025-01-02'},
    {title: 'Queued'},
    {title: 'A', read: '2025-01-02'},
    {title: 'C', read: '2025-03-01', rank: 2},
  ];
  it('sorts by each key in turn, an absent value last when descending', () => {
    expect([...papers].sort(byOrder(['read desc', 'title asc'])).map((p) => p.title)).toEqual([
      'C',
      'A',
      'B',
      'Queued',
    ]);
  });
  it('compares numbers by value and keeps the order of ties', () => {
    const ranks = [{n: 10}, {n: 9}, {n: 100}, {n: 9, second: true}];
    expect([...ranks].sort(byOrder(['n asc']))).toEqual([{n: 9}, {n: 9, second: true}, {n: 10}, {n: 100}]);
  });
});
