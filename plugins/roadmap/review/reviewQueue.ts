import {State} from 'ts-fsrs';
import type {ReviewCardRef, ReviewPageData} from '../model/reviewPage';
import {localDay, startOfNextDay} from './localDay';
import {dayCount, type ReviewState} from './reviewState';

export interface ReviewQueue {
  /** Today's cards in the order shown; the first is the current one. */
  cards: ReviewCardRef[];
  /** The counter: new and due cards still in the queue, grades given today. */
  counts: {new: number; due: number; done: number};
  /** When a card outside the queue is next due; null when none is scheduled. */
  next: Date | null;
}

type QueuePage = Pick<ReviewPageData, 'decks' | 'notes' | 'cards'>;

/** The cards of deck `deck` (an index into `decks`), in the page's order. */
export function deckCards(page: QueuePage, deck: number): ReviewCardRef[] {
  if (page.decks[deck]?.kind === 'all') return page.cards;
  return page.cards.filter((card) => page.notes[card.note]?.decks.includes(deck));
}

/**
 * Today's queue for a deck, in Anki's order: cards due now (a review card on its
 * day, a (re)learning card at its minute), by due date; then new cards, up to the
 * day's limit less those already introduced today; then (re)learning cards due
 * later today, so a card graded Again comes back before the session ends.
 */
export function todayQueue(
  page: QueuePage,
  state: ReviewState,
  deck: number,
  newPerDay: number,
  now: Date,
): ReviewQueue {
  const tomorrow = startOfNextDay(now);
  const dueNow: Scheduled[] = [];
  const ahead: Scheduled[] = [];
  const later: Date[] = [];
  const fresh: ReviewCardRef[] = [];
  for (const ref of deckCards(page, deck)) {
    const card = state.cards.get(ref.id);
    if (card === undefined || card.state === State.New) fresh.push(ref);
    else if (card.due < tomorrow && (card.state === State.Review || card.due <= now)) dueNow.push({ref, due: card.due});
    else if (card.due < tomorrow) ahead.push({ref, due: card.due});
    else later.push(card.due);
  }
  const today = dayCount(state, localDay(now));
  const newToday = fresh.slice(0, Math.max(0, newPerDay - today.new));
  // New cards beyond today's limit start tomorrow, unless new cards are off.
  if (newToday.length < fresh.length && newPerDay > 0) later.push(tomorrow);
  const nextTime = Math.min(...later.map((date) => date.getTime()));
  return {
    cards: [...byDue(dueNow), ...newToday, ...byDue(ahead)],
    counts: {new: newToday.length, due: dueNow.length + ahead.length, done: today.reviews},
    next: Number.isFinite(nextTime) ? new Date(nextTime) : null,
  };
}

interface Scheduled {
  ref: ReviewCardRef;
  due: Date;
}

/** Earliest first; a tie keeps the page's order (sort is stable). */
const byDue = (cards: Scheduled[]) => cards.sort((a, b) => a.due.getTime() - b.due.getTime()).map((c) => c.ref);

/** The chunks that hold the text of `cards`, in order: all loaded at once, so the session goes on offline. */
export function chunksOf(cards: readonly ReviewCardRef[]): number[] {
  return [...new Set(cards.map((card) => card.chunk))].sort((a, b) => a - b);
}
