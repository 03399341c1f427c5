import * as z from 'zod';
import type {FieldProblem} from '../collection';
import {defineCollection, type EntryOf} from '../collection';
import {DOC_KEYS} from '../docusaurusKeys';
import {arxivId, decimal, doi, httpUrl, integer, isoDate, kebabId, list, mapping, oneOf, optional, text} from '../fields';
import {expecting} from '../messages';
import {requiredWhen, skillReferences} from '../references';

export const PAPER_STATUSES = ['queued', 'read', 'reproduced'] as const;

const result = mapping(
  {metric: text(), paper: decimal(), mine: decimal(), setup: optional(text())},
  'a result {metric, paper, mine, setup?}',
);

const citekey = z.string(expecting('a BibTeX key')).regex(/^[A-Za-z0-9_:.+-]+$/, {
  error: 'malformed citation key (expected letters, digits and _:.+- only)',
});

function yearInRange(year: number | undefined, today: string): FieldProblem[] {
  const nextYear = Number(today.slice(0, 4)) + 1;
  if (year === undefined || (year >= 1900 && year <= nextYear)) return [];
  return [{path: ['year'], message: `out of range (expected 1900 to ${nextYear}, got ${year})`}];
}

/** `papers/**`: one paper-log entry and its notes. */
export const paper = defineCollection({
  name: 'paper',
  docusaurusKeys: DOC_KEYS,
  fields: {
    title: text(),
    authors: list(text()).min(1, {error: 'is empty (expected at least one author)'}),
    year: integer('a year'),
    venue: optional(text()),
    arxiv: optional(arxivId()),
    doi: optional(doi()),
    url: optional(httpUrl()),
    status: oneOf(PAPER_STATUSES),
    read: optional(isoDate()),
    reproduced: optional(text()),
    takeaway: optional(text()),
    next: optional(text()),
    results: optional(list(result)),
    citekey: optional(citekey),
    tags: optional(list(text())),
    skills: optional(list(kebabId())),
  },
  rules: (paper, context, given) => [
    ...yearInRange(paper.year, context.today),
    ...(!given('arxiv') && !given('doi') && !given('url')
      ? [{path: ['arxiv'], message: 'a paper needs a link (expected one of arxiv, doi or url)'}]
      : []),
    ...(paper.status !== undefined && paper.status !== 'queued'
      ? [
          ...requiredWhen('read', paper.read, `status is "${paper.status}"`, 'the log date YYYY-MM-DD'),
          ...requiredWhen('takeaway', paper.takeaway, `status is "${paper.status}"`, 'the key takeaway'),
        ]
      : []),
    ...(paper.status === 'reproduced'
      ? requiredWhen('reproduced', paper.reproduced, 'status is "reproduced"', 'what you reproduced')
      : []),
    ...skillReferences(paper.skills, context.skills),
  ],
});

export type Paper = EntryOf<(typeof paper)['fields']>;
