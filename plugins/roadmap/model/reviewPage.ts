import type {CardSummary, DeckKind, DeckName} from './reviewCards';

export type {DeckKind} from './reviewCards';

/** A set of cards a reader may review on its own, and the address of its Anki export. */
export interface ReviewDeck {
  /** `all`, `course/<slug>`, `paper/<slug>`, `tag/<tag>`, `post/<slug>` or `note/<slug>`: `/review?deck=…` and `--deck`. */
  slug: string;
  kind: DeckKind;
  /** What the filter shows: "All cards", a course's or paper's title, "Papers tagged vision". */
  title: string;
  /** How many cards it holds. */
  size: number;
  /** Its Anki file below the base URL: `cards.tsv`, `cards/paper/resnet.tsv`. */
  export: string;
}

/** The note a card was written in, as /review links back to it. */
export interface ReviewNote {
  title: string;
  permalink: string;
  /** Indices into `decks` of the decks its cards are in, `all` (0) not listed. */
  decks: number[];
}

/** A card as the queue needs it; its text is in its chunk, loaded when the queue reaches it. */
export interface ReviewCardRef {
  /** Stable: the author's `id`, else one made from the note and the question (source/noteCards.ts). */
  id: string;
  /** Index into `notes`. */
  note: number;
  /** Which of the page's chunks holds its text (`reviewChunkName`). */
  chunk: number;
}

/** `/review`'s data: small enough for every card's place in the queue, without any card's text. */
export interface ReviewPageData {
  /** `all` first, then courses, papers, tags, posts and notes, each by title. */
  decks: ReviewDeck[];
  notes: ReviewNote[];
  cards: ReviewCardRef[];
  /** How many chunk files hold the cards' text. */
  chunks: number;
  /** New cards per day unless the reader sets another number on the page. */
  newPerDay: number;
}

/** One chunk's cards: id → question and answer, as sanitized HTML with math as MathML. */
export type ReviewChunk = Record<string, {q: string; a: string}>;

/** The data file of chunk `n`, below the plugin's generated folder: what /review imports on demand. */
export function reviewChunkName(n: number): string {
  return `review/chunk-${n}.json`;
}

/** Cards per chunk: a queue of 20 new cards from one course loads one or two; 10,000 cards make 40. */
export const CARDS_PER_CHUNK = 250;

/** New cards a day unless the reader sets another number: Anki's default. */
export const NEW_PER_DAY = 20;

const KIND_ORDER: readonly DeckKind[] = ['all', 'course', 'paper', 'tag', 'post', 'note'];

/** A deck's Anki file below the base URL. */
export function deckExport(slug: string): string {
  // Slugs come from file paths and kebab-cased tags (model/reviewCards.ts); this keeps that true.
  const segments = slug.split('/');
  if (
    slug !== 'all' &&
    (segments.length < 2 || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\')))
  )
    throw new Error(`a deck's slug names a file outside /cards/: ${JSON.stringify(slug)}`);
  return slug === 'all' ? 'cards.tsv' : `cards/${slug}.tsv`;
}

/** `/review`: every deck, note and card of the model, the cards' text left to their chunks. */
export function reviewPage(model: {cards: readonly CardSummary[]; cardDecks: readonly DeckName[]}): ReviewPageData {
  const size = new Map<string, number>();
  for (const card of model.cards) for (const slug of card.decks) size.set(slug, (size.get(slug) ?? 0) + 1);
  const named = [...model.cardDecks]
    .filter((deck) => size.has(deck.slug))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.title.localeCompare(b.title));
  const decks: ReviewDeck[] = [
    {slug: 'all', kind: 'all', title: 'All cards', size: model.cards.length, export: deckExport('all')},
    ...named.map((deck) => ({...deck, size: size.get(deck.slug)!, export: deckExport(deck.slug)})),
  ];
  const deckIndex = new Map(decks.map((deck, index) => [deck.slug, index]));
  const notes: ReviewNote[] = [];
  const noteIndex = new Map<string, number>();
  const cards = model.cards.map((card, index): ReviewCardRef => {
    let note = noteIndex.get(card.note.permalink);
    if (note === undefined) {
      note = notes.push({...card.note, decks: card.decks.map((slug) => deckIndex.get(slug)!)}) - 1;
      noteIndex.set(card.note.permalink, note);
    }
    return {id: card.id, note, chunk: Math.floor(index / CARDS_PER_CHUNK)};
  });
  return {decks, notes, cards, chunks: Math.ceil(cards.length / CARDS_PER_CHUNK), newPerDay: NEW_PER_DAY};
}
