import {createHash} from 'node:crypto';
import {cardsBlock} from '../schema/cardsBlock';
import {show} from '../schema/messages';
import {valueAt, type FieldPath} from '../site/fieldPath';
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
  /** The file's lines of the card's `-`, its question, its answer and its id. */
  line: number;
  qLine: number;
  aLine: number;
  idLine: number;
  /** The file's line of a line of the question's or answer's text (a `|` block keeps its lines; other styles fold them). */
  textLine: {q: (line: number) => number; a: (line: number) => number};
  /** The question and the answer as Markdown bodies, parsed once when their links are asked. */
  bodies: {q: NoteBody; a: NoteBody};
}

/** A card's questions, answers and blocks, with what each is read into. */
interface ReadBlock {
  cards: NoteCard[];
  problems: Problem[];
  /** Valid, but likely not what the author meant: text a `#` comment cut short. */
  warnings: Problem[];
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
export function readNoteCards(file: string, body: NoteBody): ReadBlock {
  // The rule, the links and the build each ask; a body is one file's, so it is read once.
  return read.get(body) ?? read.set(body, readCards(file, body)).get(body)!;
}

const read = new WeakMap<NoteBody, ReadBlock>();

function readCards(file: string, body: NoteBody): ReadBlock {
  const found = body.cards.map((block) => readCardsBlock(file, block, (line) => body.fileLine(line)));
  const problems = found.flatMap((block) => block.problems);
  return {
    cards: problems.length === 0 ? found.flatMap((block) => block.cards) : [],
    problems,
    warnings: found.flatMap((block) => block.warnings),
  };
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
): ReadBlock {
  const cards: NoteCard[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  try {
    const {data, lineOf, scalarAt, cutByComment} = parseYaml(block.yaml, block.line);
    // `a: 2017` or `a: 3.10` is the text typed, not the number YAML reads (3.1).
    if (Array.isArray(data))
      data.forEach((item: unknown, index) => {
        if (typeof item !== 'object' || item === null) return;
        const card = item as Record<string, unknown>;
        for (const key of TEXT_KEYS)
          if (typeof card[key] === 'number' || typeof card[key] === 'boolean')
            card[key] = scalarAt([index, key])?.source ?? String(card[key]);
      });
    const result = cardsBlock.safeParse(data ?? undefined);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = nestedPath(undefined, issue);
        problems.push({file, line: at(lineOf(path)), field: fieldName(['cards', ...path]), message: issue.message});
      }
      return {cards, problems, warnings};
    }
    for (const path of cutByComment) {
      const value = valueAt(data, path);
      if (typeof value === 'string')
        warnings.push({
          file,
          line: at(lineOf(path)),
          field: fieldName(['cards', ...path]),
          message: `cut short by a comment? (YAML ends unquoted text at " #"; expected the whole text in quotes, got ${show(value)})`,
        });
    }
    const textLine = (path: FieldPath) => {
      const first = lineOf(path);
      const style = scalarAt(path)?.style;
      // A `|` block's text starts on the line after its key, line for line; `>` folds, quotes and plain text fold.
      if (style === 'BLOCK_LITERAL') return (line: number) => at(first + line);
      return () => at(style === 'BLOCK_FOLDED' ? first + 1 : first);
    };
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
        idLine: at(lineOf([index, 'id'])),
        textLine: {q: textLine([index, 'q']), a: textLine([index, 'a'])},
        bodies: {q: new NoteBody(card.q), a: new NoteBody(card.a)},
      });
    });
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    problems.push({file, line: at(error.line), field: 'cards', message: error.message});
  }
  return {cards, problems, warnings};
}

/** The keys whose values are Markdown text. */
const TEXT_KEYS = ['q', 'a'] as const;

/** Every link and image address a note's cards write, at its line: what the build publishes, as for the body's. */
export function cardFileLinks(file: string, body: NoteBody): {url: string; line: number}[] {
  if (body.cards.length === 0) return [];
  return readNoteCards(file, body).cards.flatMap((card) =>
    TEXT_KEYS.flatMap((key) =>
      card.bodies[key].fileLinks.map((link) => ({...link, line: card.textLine[key](link.line)})),
    ),
  );
}

/**
 * The links of a note's cards, each at the line of its question or answer:
 * checked and resolved with the body's own (validate/siteLinks.ts), so a
 * wikilink in a card that lands nowhere stops check and the build.
 */
export function cardLinks(file: string, body: NoteBody): NoteLinkInText[] {
  if (body.cards.length === 0) return [];
  return readNoteCards(file, body).cards.flatMap((card) =>
    TEXT_KEYS.flatMap((key) => card.bodies[key].links.map((link) => ({...link, line: card.textLine[key](link.line)}))),
  );
}

/** Every card of the given notes, in their order: what the model's cards are built from (model/reviewCards.ts). */
export function writtenCards(
  notes: readonly {file: string; body: NoteBody}[],
): {file: string; id: string; q: string; a: string}[] {
  return notes.flatMap(({file, body}) => readNoteCards(file, body).cards.map(({id, q, a}) => ({file, id, q, a})));
}
