import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {decimal, httpUrl, integer, isoDate, kebabId, list, optional, text} from '../fields';
import {show} from '../messages';
import {skillReferences, unknownReference} from '../references';

const positive = () => integer().min(1, {error: (issue) => `out of range (expected 1 or more, got ${show(issue.input)})`});

/** `docs/benchmarks/*.md`: a benchmark run or a competition result. */
export const benchmark = defineCollection({
  name: 'benchmark',
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text(),
    event: text(),
    date: isoDate(),
    metric: optional(text()),
    score: optional(decimal()),
    rank: optional(positive()),
    entrants: optional(positive()),
    url: optional(httpUrl()),
    project: optional(kebabId()),
    skills: optional(list(kebabId())),
  },
  rules: (benchmark, context) => [
    ...(benchmark.rank !== undefined && benchmark.entrants !== undefined && benchmark.rank > benchmark.entrants
      ? [{path: ['rank'], message: `above entrants (expected at most ${benchmark.entrants}, got ${benchmark.rank})`}]
      : []),
    ...unknownReference(['project'], 'project', 'docs/projects/', benchmark.project, context.projects),
    ...skillReferences(benchmark.skills, context.skills),
  ],
});

export type Benchmark = EntryOf<(typeof benchmark)['fields']>;
