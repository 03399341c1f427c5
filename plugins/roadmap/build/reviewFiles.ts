import {ankiDeck, ankiTsv, type AnkiRow} from '../emit/ankiTsv';
import {cardHtml, type CardHtml} from '../emit/cardHtml';
import type {LinkIndex} from '../emit/linkIndex';
import type {CardSummary, DeckName} from '../model/reviewCards';
import {CARDS_PER_CHUNK, deckExport, reviewChunkName, type ReviewChunk} from '../model/reviewPage';

/** Each card's text rendered once, for /review and for Anki (emit/cardHtml.ts). */
export function renderedCards(
  model: {cards: readonly CardSummary[]},
  index: LinkIndex,
  /** Each card's note file, which its relative links are relative to (the model's cards are listed ones only). */
  written: readonly {id: string; file: string}[],
  site: {origin: string; baseUrl: string},
): {q: CardHtml; a: CardHtml}[] {
  const fileOf = new Map(written.map((card) => [card.id, card.file]));
  return model.cards.map((card) => {
    const file = fileOf.get(card.id) ?? '';
    const options = {index, file, ...site};
    return {q: cardHtml(card.q, options), a: cardHtml(card.a, options)};
  });
}

/** /review's chunks: the cards' text in the order of `model.cards`, CARDS_PER_CHUNK a file. */
export function reviewChunks(
  model: {cards: readonly CardSummary[]},
  rendered: readonly {q: CardHtml; a: CardHtml}[],
): {name: string; json: string}[] {
  const chunks: ReviewChunk[] = [];
  model.cards.forEach((card, i) => {
    const chunk = (chunks[Math.floor(i / CARDS_PER_CHUNK)] ??= {});
    chunk[card.id] = {q: rendered[i]!.q.review, a: rendered[i]!.a.review};
  });
  // An empty first chunk even for a site without cards: /review's import needs its folder to exist.
  if (chunks.length === 0) chunks.push({});
  return chunks.map((chunk, n) => ({name: reviewChunkName(n), json: JSON.stringify(chunk)}));
}

/**
 * The Anki files, by path below the site: `cards.tsv` with every card, and
 * one file per deck. A card's Anki deck is its note's course or its own
 * note's title; its guid is its id, so a second import updates it.
 */
export function ankiFiles(
  model: {cards: readonly CardSummary[]; cardDecks: readonly DeckName[]},
  rendered: readonly {q: CardHtml; a: CardHtml}[],
): Record<string, string> {
  const titles = new Map(model.cardDecks.map((deck) => [deck.slug, deck]));
  const rows: AnkiRow[] = model.cards.map((card, i) => {
    const own = titles.get(card.decks[0] ?? '');
    return {
      front: rendered[i]!.q.anki,
      back: rendered[i]!.a.anki,
      deck: ankiDeck(own?.title ?? card.note.title),
      tags: ['roadmap', ...card.decks.map((slug) => slug.replace('/', '::'))],
      guid: `roadmap:${card.id}`,
    };
  });
  const byDeck = new Map<string, AnkiRow[]>();
  model.cards.forEach((card, i) => {
    for (const slug of card.decks) (byDeck.get(slug) ?? byDeck.set(slug, []).get(slug)!).push(rows[i]!);
  });
  const files: Record<string, string> = {[deckExport('all')]: ankiTsv(rows)};
  for (const [slug, deckRows] of byDeck) files[deckExport(slug)] = ankiTsv(deckRows);
  return files;
}
