import type {Card} from 'ts-fsrs';

/** What one local day saw: the new cards introduced and the grades given. */
export interface DayCount {
  new: number;
  reviews: number;
}

/**
 * A reader's review state: each card's FSRS schedule by card id, and each day's counts.
 * Maps, not objects, so an id such as `constructor` or `__proto__` is only a key.
 * Cards no longer on the site stay: their note may come back.
 */
export interface ReviewState {
  readonly cards: ReadonlyMap<string, Card>;
  readonly days: ReadonlyMap<string, DayCount>;
}

export const EMPTY_STATE: ReviewState = {cards: new Map(), days: new Map()};

export function dayCount(state: ReviewState, day: string): DayCount {
  return state.days.get(day) ?? {new: 0, reviews: 0};
}

export interface Merged {
  state: ReviewState;
  /** Cards of `incoming` whose copy here was reviewed later, so kept as it is. */
  keptHere: number;
}

/**
 * `incoming` laid over `current`, losing nothing: each card keeps its most recently
 * reviewed schedule, each day its larger counts (the same day in two browsers).
 */
export function mergeStates(current: ReviewState, incoming: ReviewState): Merged {
  const cards = new Map(current.cards);
  let keptHere = 0;
  for (const [id, card] of incoming.cards) {
    const here = cards.get(id);
    if (here !== undefined && reviewedAt(here) > reviewedAt(card)) keptHere += 1;
    else cards.set(id, card);
  }
  const days = new Map(current.days);
  for (const [day, count] of incoming.days) {
    const here = dayCount(current, day);
    days.set(day, {new: Math.max(here.new, count.new), reviews: Math.max(here.reviews, count.reviews)});
  }
  return {state: {cards, days}, keptHere};
}

const reviewedAt = (card: Card) => card.last_review?.getTime() ?? -Infinity;
