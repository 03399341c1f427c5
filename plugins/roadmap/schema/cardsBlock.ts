import * as z from 'zod';
import {expecting} from './messages';
import {kebabId, mapping, optional} from './fields';

/**
 * A card's question or answer: Markdown that says something (source/noteCards.ts reads `a: 2017`
 * as the text typed). A leading `---` is refused: Markdown would read it as front matter or a rule.
 */
const markdown = (what: string) =>
  z
    .string(expecting(what))
    .refine((value) => value.trim() !== '', {error: `is empty (expected ${what})`})
    .refine((value) => !/^\s*---/.test(value), {
      error: `starts with --- (expected ${what}; Markdown reads a leading --- as front matter or a rule: write \\--- for the text)`,
    });

/** One card of a ```cards block: a question and its answer, as Markdown, and the author's id if it has one. */
export const card = mapping(
  {
    q: markdown('the question, as Markdown').describe(
      'The question, as Markdown: math, code, links and wikilinks work.',
    ),
    a: markdown('the answer, as Markdown').describe('The answer, as Markdown.'),
    id: optional(kebabId()).describe(
      'Keeps the card’s review history when its question is reworded; else the id comes from the note and the question.',
    ),
  },
  'a card {q, a, id?}',
);

/** A ```cards block's YAML: a list of cards. */
export const cardsBlock = z
  .array(card, expecting('a list of cards, each {q, a, id?}'))
  .min(1, {error: 'is an empty list (expected at least one card {q, a, id?})'});

export type Card = z.infer<typeof card>;
