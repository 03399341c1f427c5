import {unsafeFragmentProblems} from '../../safeContent/unsafeContentProblems';
import {placementOf} from '../../schema/collectionOf';
import type {Problem} from '../../site/problem';
import {readNoteCards, type NoteCard} from '../../source/noteCards';
import {noteBodyOf} from '../../source/noteLinks';
import {siteRule} from './siteRule';

export const cardsRule = siteRule({
  name: 'cards',
  description:
    "each note's ```cards blocks: a YAML list of {q, a, id?}, no empty question or answer, each id once on the site, and nothing the sanitizer would remove",
  reads: ['files', 'markdownOf'],
  runsIn: 'both',
  run: ({files, markdownOf}) => {
    const problems: Problem[] = [];
    const seen = new Map<string, {file: string; card: NoteCard}>();
    for (const {file} of files) {
      if (!placementOf(file)) continue;
      const found = readNoteCards(file, noteBodyOf(markdownOf(file)));
      problems.push(...found.problems);
      for (const card of found.cards) {
        const first = seen.get(card.id);
        if (first) problems.push(clash(file, card, first));
        else seen.set(card.id, {file, card});
        problems.push(...removals(file, card));
      }
    }
    return {problems};
  },
});

function clash(file: string, card: NoteCard, first: {file: string; card: NoteCard}): Problem {
  const where = `${first.file}:${first.card.line}`;
  return card.named
    ? {
        file,
        line: card.line,
        field: `cards[${card.index}].id`,
        message: `${JSON.stringify(card.id)} is also the id of the card at ${where} (expected each card's id once on the site)`,
      }
    : {
        file,
        line: card.qLine,
        field: `cards[${card.index}].q`,
        message: `the same question as the card at ${where} (expected each question once in a note, or an id: on one of them)`,
      };
}

/** What the sanitizer would remove from a card's question or answer, at the line of that text. */
function removals(file: string, card: NoteCard): Problem[] {
  const parts = [
    {key: 'q', text: card.q, line: card.qLine},
    {key: 'a', text: card.a, line: card.aLine},
  ] as const;
  const problems: Problem[] = [];
  for (const {key, text, line} of parts)
    for (const problem of unsafeFragmentProblems(file, text))
      problems.push({...problem, line, field: `cards[${card.index}].${key} ${problem.field}`});
  return problems;
}
