import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {decimal, httpUrl, integer, isoDate, kebabId, list, optional, text} from '../fields';
import {show} from '../messages';
import {skillReferences, unknownReference} from '../references';
import {LINK_FIELDS} from '../linkFields';

const positive = () =>
  integer().min(1, {error: (issue) => `out of range (expected 1 or more, got ${show(issue.input)})`});

/** `docs/benchmarks/*.md`: a benchmark run or a competition result. */
export const benchmark = defineCollection({
  name: 'benchmark',
  plural: 'benchmarks',
  label: {one: 'benchmark result', many: 'Benchmarks'},
  files: {patterns: ['docs/benchmarks/<slug>.md']},
  route: 'benchmarks',
  listPage: {component: 'BenchmarksPage'},
  card: {own: 'benchmark'},
  listed: {order: ['date desc']},
  // A result belongs with the projects.
  navigation: {
    navbarUnder: 'project',
    footer: [{to: 'list', label: 'Benchmarks', column: 'Build'}],
    home: [{to: 'list', label: 'Benchmarks', text: 'Benchmark runs and competition results.'}],
  },
  view: {show: ['title', 'date', 'event', 'score', 'percentile'], adds: {percentile: 'number'}},
  newNote: {
    template: 'templates/benchmark.md',
    path: (slug) => `docs/benchmarks/${slug}.md`,
    what: 'a benchmark or competition result',
  },
  search: {kind: 'note', section: 'Benchmarks'},
  changelog: (b) => {
    const rank = b.rank !== undefined ? `: rank ${b.rank}${b.entrants !== undefined ? ` of ${b.entrants}` : ''}` : '';
    const score = b.score === undefined ? undefined : `${b.metric ?? 'Score'}: ${b.score}.`;
    return [
      {
        id: `benchmark-${b.slug}`,
        date: b.date,
        text: `${b.title} at ${b.event}${rank}`,
        ...(score === undefined ? {} : {description: score}),
        permalink: b.permalink,
      },
    ];
  },
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe('What was run or entered.'),
    event: text().describe('Where: `Kaggle`, a leaderboard, a shared task.'),
    date: isoDate().describe('Date `YYYY-MM-DD` of the result.'),
    metric: optional(text()).describe('The metric, e.g. `accuracy`.'),
    score: optional(decimal()).describe('Your score (a number).'),
    rank: optional(positive()).describe('Your rank, 1 or more; not above `entrants`.'),
    entrants: optional(positive()).describe('How many took part, 1 or more.'),
    url: optional(httpUrl()).describe('The leaderboard or write-up (http or https).'),
    project: optional(kebabId()).describe('A project slug from `docs/projects/`.'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
    ...LINK_FIELDS,
  },
  linksTo: (benchmark) =>
    benchmark.project === undefined ? [] : [{field: 'project', collection: 'project', slug: benchmark.project}],
  rules: (benchmark, context) => [
    ...(benchmark.rank !== undefined && benchmark.entrants !== undefined && benchmark.rank > benchmark.entrants
      ? [{path: ['rank'], message: `above entrants (expected at most ${benchmark.entrants}, got ${benchmark.rank})`}]
      : []),
    ...unknownReference(['project'], 'project', 'docs/projects/', benchmark.project, context.projects),
    ...skillReferences(benchmark.skills, context.skills),
  ],
});

export type Benchmark = EntryOf<(typeof benchmark)['fields']>;
