import * as z from 'zod';
import type {FieldProblem} from '../collection';
import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {
  arxivId,
  decimal,
  doi,
  httpUrl,
  integer,
  isoDate,
  kebabId,
  list,
  mapping,
  oneOf,
  optional,
  tagLabel,
  text,
} from '../fields';
import {expecting, show} from '../messages';
import {requiredWhen, skillReferences} from '../references';
import {LINK_FIELDS} from '../linkFields';

export const PAPER_STATUSES = ['queued', 'read', 'reproduced'] as const;
/** Which way a result's metric improves; see `betterDirection` for the default. */
export const BETTER_DIRECTIONS = ['higher', 'lower'] as const;

const result = mapping(
  {
    metric: text(),
    paper: decimal(),
    mine: decimal(),
    setup: optional(text()),
    better: optional(oneOf(BETTER_DIRECTIONS)),
    unit: optional(text()),
  },
  'a result {metric, paper, mine, setup?, better?, unit?}',
);

// Beginning with a letter, digit or `_`, as `[@key]` cites it (source/linkSyntax.ts): never `.`, `..` or `-x`.
const citekey = z.string(expecting('a BibTeX key')).regex(/^[A-Za-z0-9_][A-Za-z0-9_:.+-]*$/, {
  error: (issue) =>
    `malformed citation key (expected letters, digits and _:.+- only, beginning with a letter, digit or _, got ${show(issue.input)})`,
});

/**
 * 1665, the year the first scientific journals appeared (Philosophical
 * Transactions, Journal des sçavans): every paper an ML reading log holds,
 * Bayes (1763), Legendre (1805) and Lovelace (1843) included, and still a
 * stop for a slip like `year: 207`.
 */
export const FIRST_PAPER_YEAR = 1665;

function yearInRange(year: number | undefined, today: string): FieldProblem[] {
  const nextYear = Number(today.slice(0, 4)) + 1;
  if (year === undefined || (year >= FIRST_PAPER_YEAR && year <= nextYear)) return [];
  return [{path: ['year'], message: `out of range (expected ${FIRST_PAPER_YEAR} to ${nextYear}, got ${year})`}];
}

/** `papers/**`: one paper-log entry and its notes. */
export const paper = defineCollection({
  name: 'paper',
  plural: 'papers',
  label: {one: 'paper', many: 'Papers'},
  files: {patterns: ['papers/**/*.md']},
  route: 'papers',
  listPage: {component: 'PaperLogPage'},
  listed: {order: ['read desc', 'title asc']},
  navigation: {
    navbar: [{to: 'list', label: 'Papers'}],
    footer: [{to: 'list', label: 'Paper log', column: 'Learn'}],
    home: [
      {
        to: 'list',
        label: 'Paper log',
        text: 'One paper a week: search the log, its reproductions and next experiments.',
      },
    ],
  },
  view: {show: ['title', 'status', 'read', 'takeaway'], adds: {citekey: 'text'}},
  newNote: {
    template: 'templates/paper.md',
    path: (slug) => `papers/${slug}.md`,
    what: 'a paper-log entry (status: queued)',
    // The weekly habit: the type an author writes most.
    first: true,
  },
  search: {kind: 'paper', section: 'Papers', yearFilter: true},
  // A queued paper is a reminder: the template's TODOs may wait until it is read.
  placeholdersWhile: {state: 'queued', holds: (frontMatter) => frontMatter.status === 'queued'},
  changelog: (p) =>
    p.read !== undefined && p.status !== 'queued'
      ? [
          {
            id: `paper-logged-${p.slug}`,
            date: p.read,
            text:
              p.status === 'reproduced' ? `Logged and reproduced the paper ${p.title}` : `Logged the paper ${p.title}`,
            ...(p.takeaway === undefined ? {} : {description: p.takeaway}),
            permalink: p.permalink,
          },
        ]
      : [],
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text().describe("The paper's title."),
    authors: list(text())
      .min(1, {error: 'is empty (expected at least one author)'})
      .describe('Every author, in order, e.g. `[Ashish Vaswani, Noam Shazeer]`.'),
    year: integer('a year').describe(`Publication year, ${FIRST_PAPER_YEAR} (the first journals) to next year.`),
    venue: optional(text()).describe('`NeurIPS`, `ICML`, `arXiv`, ...'),
    arxiv: optional(arxivId()).describe(
      'arXiv id: `1706.03762`, `1706.03762v5` or old style `cs/0112017`. A paper with no `arxiv`, `doi` or `url` shows no link.',
    ),
    doi: optional(doi()).describe('DOI starting with `10.`, e.g. `10.18653/v1/N19-1423`.'),
    url: optional(httpUrl()).describe('Any other link to the paper (http or https).'),
    status: oneOf(PAPER_STATUSES).describe('`queued` means still to read.'),
    read: optional(isoDate()).describe('The log date `YYYY-MM-DD`; required unless `queued`.'),
    reproduced: optional(text()).describe('What you reproduced; required when `reproduced`.'),
    takeaway: optional(text()).describe('The key takeaway; required unless `queued`.'),
    next: optional(text()).describe('The next experiment.'),
    results: optional(list(result)).describe(
      'Reproduction ledger: list of `{metric, paper, mine, setup?, better?, unit?}`, `paper` and `mine` numbers; ' +
        '`better: higher | lower` says which way the metric improves (default: `lower` when the metric names an error, ' +
        'loss, perplexity, WER, CER, MAE, MSE, RMSE, FID or latency, else `higher`); `unit` is shown after the numbers (`%`, `ms`).',
    ),
    citekey: optional(citekey).describe('BibTeX key; derived when absent (`vaswani2017attention`).'),
    tags: optional(list(tagLabel())).describe('Topic tags.'),
    skills: optional(list(kebabId())).describe('Skill ids from `data/skills.yml`.'),
    ...LINK_FIELDS,
  },
  rules: (paper, context, given) => [
    ...yearInRange(paper.year, context.today),
    ...(paper.status !== undefined && paper.status !== 'queued'
      ? [
          ...requiredWhen('read', paper.read, {field: 'status', is: paper.status}, 'the log date YYYY-MM-DD'),
          ...requiredWhen('takeaway', paper.takeaway, {field: 'status', is: paper.status}, 'the key takeaway'),
        ]
      : []),
    ...(paper.status === 'reproduced'
      ? requiredWhen('reproduced', paper.reproduced, {field: 'status', is: 'reproduced'}, 'what you reproduced')
      : []),
    ...skillReferences(paper.skills, context.skills),
  ],
});

export type Paper = EntryOf<(typeof paper)['fields']>;
