import type {Nodes} from 'hast';
import {renderFragment} from '../../safeContent/renderMarkdown';
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
    const warnings: Problem[] = [];
    const seen = new Map<string, {file: string; card: NoteCard}>();
    for (const {file} of files) {
      if (!placementOf(file)) continue;
      const found = readNoteCards(file, noteBodyOf(markdownOf(file)));
      problems.push(...found.problems);
      warnings.push(...found.warnings);
      for (const card of found.cards) {
        const first = seen.get(card.id);
        if (first) problems.push(clash(file, card, first));
        else seen.set(card.id, {file, card});
        problems.push(...removals(file, card));
      }
    }
    return {problems, warnings};
  },
});

function clash(file: string, card: NoteCard, first: {file: string; card: NoteCard}): Problem {
  const where = `${first.file}:${first.card.line}`;
  return card.named
    ? {
        file,
        line: card.idLine,
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

/**
 * What the sanitizer would remove from a card's question or answer, at the
 * line of that text, and a text that shows nothing (`<!-- a comment -->`):
 * Anki refuses a note whose front is empty.
 */
function removals(file: string, card: NoteCard): Problem[] {
  const parts = [
    {key: 'q', text: card.q, line: card.qLine, what: 'the question'},
    {key: 'a', text: card.a, line: card.aLine, what: 'the answer'},
  ] as const;
  const problems: Problem[] = [];
  for (const {key, text, line, what} of parts) {
    for (const problem of unsafeFragmentProblems(file, text))
      problems.push({...problem, line, field: `cards[${card.index}].${key} ${problem.field}`});
    // Only markup can hide every word: plain text always shows.
    if (/[<&\\]/.test(text) && !showsSomething(renderFragment(text)))
      problems.push({
        file,
        line,
        field: `cards[${card.index}].${key}`,
        message: `shows nothing (expected ${what}, as Markdown; got only markup, such as an HTML comment)`,
      });
  }
  return problems;
}

/** Whether a rendered fragment has a word, an image or math to show. */
function showsSomething(node: Nodes): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  if (node.type === 'element' && (node.tagName === 'img' || node.tagName === 'code')) return true;
  return 'children' in node && node.children.some((child) => showsSomething(child));
}
