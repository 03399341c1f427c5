import {createHash} from 'node:crypto';
import {cardsBlock} from '../schema/cardsBlock';
import {nestedPath} from '../schema/collection';
import {fieldName, type Problem} from '../site/problem';
import {NoteBody, type NoteLinkInText, type YamlBlock} from './noteLinks';
import {parseYaml, YamlSyntaxError} from './yaml';

/** A card as a note writes it, checked, with where its parts are in the file. */
export interface NoteCard {
  /** The author's `id`, else `<file without .md>#<hash of the question>` (`cardId`). */
  id: string;
  /** Whether the author gave the id: only then does a reworded question keep its history. */
  named: boolean;
  q: string;
  a: string;
  /** Its place in its block: problems name it `cards[index]`, as the block's YAML counts. */
  index: number;
  /** The file's lines of the card's `-`, its question and its answer. */
  line: number;
  qLine: number;
  aLine: number;
}

/**
 * A card's id when its author gave none: the note's file and its question,
 * whitespace folded, so that re-indenting a question keeps its history and
 * rewording it starts a new card.
 */
export function cardId(file: string, question: string): string {
  const folded = question.trim().replace(/\s+/g, ' ');
  const hash = createHash('sha256').update(folded).digest('hex').slice(0, 10);
  return `${file.replace(/\.(?:mdx?|ipynb)$/, '')}#${hash}`;
}

/**
 * Every ```cards block of a note's body, read with the front matter's YAML
 * reader and its schema (schema/cardsBlock.ts): the cards, in the order of
 * the text, or every problem of every block, each at its line in the file.
 */
export function readNoteCards(file: string, body: NoteBody): {cards: NoteCard[]; problems: Problem[]} {
  const known = read.get(body)?.get(file);
  if (known) return known;
  const found = readCards(file, body);
  read.set(body, (read.get(body) ?? new Map()).set(file, found));
  return found;
}

const read = new WeakMap<NoteBody, Map<string, {cards: NoteCard[]; problems: Problem[]}>>();

function readCards(file: string, body: NoteBody): {cards: NoteCard[]; problems: Problem[]} {
  const found = body.cards.map((block) => readCardsBlock(file, block, (line) => body.fileLine(line)));
  const problems = found.flatMap((block) => block.problems);
  return {cards: problems.length === 0 ? found.flatMap((block) => block.cards) : [], problems};
}

/**
 * One ```cards block: its cards, or its problems at their lines (`at` maps a
 * line of the rendered text to the file's). The remark plugin reads the block
 * it replaces with this too.
 */
export function readCardsBlock(
  file: string,
  block: YamlBlock,
  at: (line: number) => number = (line) => line,
): {cards: NoteCard[]; problems: Problem[]} {
  const cards: NoteCard[] = [];
  const problems: Problem[] = [];
  try {
    const {data, lineOf} = parseYaml(block.yaml, block.line);
    const result = cardsBlock.safeParse(data ?? undefined);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = nestedPath(undefined, issue);
        problems.push({file, line: at(lineOf(path)), field: fieldName(['cards', ...path]), message: issue.message});
      }
      return {cards, problems};
    }
    result.data.forEach((card, index) => {
      cards.push({
        id: card.id ?? cardId(file, card.q),
        named: card.id !== undefined,
        q: card.q,
        a: card.a,
        index,
        line: at(lineOf([index])),
        qLine: at(lineOf([index, 'q'])),
        aLine: at(lineOf([index, 'a'])),
      });
    });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    problems.push({file, line: at(error.line), field: 'cards', message: error.message});
  }
  return {cards, problems};
}

/**
 * The links of a note's cards, each at the line of its question or answer:
 * checked and resolved with the body's own (validate/siteLinks.ts), so a
 * wikilink in a card that lands nowhere stops check and the build.
 */
export function cardLinks(file: string, body: NoteBody): NoteLinkInText[] {
  if (body.cards.length === 0) return [];
  return readNoteCards(file, body).cards.flatMap((card) =>
    [
      {text: card.q, line: card.qLine},
      {text: card.a, line: card.aLine},
    ].flatMap(({text, line}) =>
      text.includes('[') ? new NoteBody(text).links.map((link) => ({...link, line: line + link.line - 1})) : [],
    ),
  );
}
