import {State, type Card} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import type {ReviewPageData} from '../../plugins/roadmap/model/reviewPage';
import {finishedText, untilText} from '../../plugins/roadmap/review/dueWords';
import {gradeCard} from '../../plugins/roadmap/review/grading';
import {localDay} from '../../plugins/roadmap/review/localDay';
import {EMPTY_STATE, type ReviewState} from '../../plugins/roadmap/review/reviewState';
import {chunksOf, deckCards, todayQueue} from '../../plugins/roadmap/review/reviewQueue';

/** 10 December 2026, 09:00 on the reader's clock. */
const NOW = new Date(2026, 11, 10, 9, 0);
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);

const PAGE: ReviewPageData = {
  decks: [
    {slug: 'all', kind: 'all', title: 'All cards', size: 6, export: 'cards.tsv'},
    {slug: 'paper/resnet', kind: 'paper', title: 'ResNet', size: 3, export: 'cards/paper/resnet.tsv'},
    {slug: 'tag/vision', kind: 'tag', title: 'Papers tagged vision', size: 5, export: 'cards/tag/vision.tsv'},
    {slug: 'note/math', kind: 'note', title: 'Math notes', size: 1, export: 'cards/note/math.tsv'},
  ],
  notes: [
    {title: 'ResNet', permalink: '/papers/resnet', decks: [1, 2]},
    {title: 'ViT', permalink: '/papers/vit', decks: [2]},
    {title: 'Math notes', permalink: '/docs/notes/math', decks: [3]},
  ],
  cards: [
    {id: 'r1', note: 0, chunk: 0},
    {id: 'r2', note: 0, chunk: 0},
    {id: 'r3', note: 0, chunk: 0},
    {id: 'v1', note: 1, chunk: 1},
    {id: 'v2', note: 1, chunk: 1},
    {id: 'm1', note: 2, chunk: 2},
  ],
  chunks: 3,
  newPerDay: 20,
};

const scheduled = (state: State, due: Date): Card => ({
  due,
  stability: 3,
  difficulty: 5,
  elapsed_days: 0,
  scheduled_days: 3,
  learning_steps: 0,
  reps: 2,
  lapses: 0,
  state,
  last_review: new Date(due.getTime() - 3 * 86_400_000),
});

const withCards = (cards: [string, Card][], days: [string, {new: number; reviews: number}][] = []): ReviewState => ({
  cards: new Map(cards),
  days: new Map(days),
});
const ids = (queue: {cards: {id: string}[]}) => queue.cards.map((card) => card.id);

describe('deckCards', () => {
  it('holds every card for "all", and a deck the cards of its notes, in page order', () => {
    expect(deckCards(PAGE, 0).map((c) => c.id)).toEqual(['r1', 'r2', 'r3', 'v1', 'v2', 'm1']);
    expect(deckCards(PAGE, 1).map((c) => c.id)).toEqual(['r1', 'r2', 'r3']);
    expect(deckCards(PAGE, 2).map((c) => c.id)).toEqual(['r1', 'r2', 'r3', 'v1', 'v2']);
    expect(deckCards(PAGE, 3).map((c) => c.id)).toEqual(['m1']);
  });
});

describe("today's queue", () => {
  it('is every card, new, for a reader with no state', () => {
    expect(todayQueue(PAGE, EMPTY_STATE, 0, 20, NOW)).toEqual({
      cards: PAGE.cards,
      counts: {new: 6, due: 0, done: 0},
      next: null,
    });
  });

  it('puts due cards first by due date, then new ones, then learning cards due later today', () => {
    const state = withCards([
      ['r1', scheduled(State.Review, at(9, 8))], // overdue since yesterday
      ['r2', scheduled(State.Review, at(10, 18))], // due this evening: a review card is due on its day
      ['r3', scheduled(State.Learning, at(10, 9, 5))], // in five minutes
      ['v1', scheduled(State.Review, at(8, 12))], // the most overdue
      ['m1', scheduled(State.Review, at(14, 9))], // not yet
    ]);
    const queue = todayQueue(PAGE, state, 0, 20, NOW);
    expect(ids(queue)).toEqual(['v1', 'r1', 'r2', 'v2', 'r3']);
    expect(queue.counts).toEqual({new: 1, due: 4, done: 0});
    expect(queue.next).toEqual(at(14, 9));
  });

  it('shows a learning card once its minute has come, before new cards', () => {
    const state = withCards([['r3', scheduled(State.Relearning, at(10, 8, 59))]]);
    expect(ids(todayQueue(PAGE, state, 1, 20, NOW))).toEqual(['r3', 'r1', 'r2']);
  });

  it('limits new cards to the day, less those introduced today', () => {
    expect(ids(todayQueue(PAGE, EMPTY_STATE, 0, 2, NOW))).toEqual(['r1', 'r2']);
    const introduced = withCards([], [[localDay(NOW), {new: 1, reviews: 3}]]);
    const queue = todayQueue(PAGE, introduced, 0, 2, NOW);
    expect(ids(queue)).toEqual(['r1']);
    expect(queue.counts).toEqual({new: 1, due: 0, done: 3});
    expect(todayQueue(PAGE, withCards([], [[localDay(NOW), {new: 5, reviews: 5}]]), 0, 2, NOW).counts.new).toBe(0);
    // Yesterday's introductions do not count against today.
    expect(todayQueue(PAGE, withCards([], [['2026-12-09', {new: 2, reviews: 2}]]), 0, 2, NOW).counts.new).toBe(2);
  });

  it('counts grading: a new card graded Good leaves the new count and comes back as due in 10 minutes', () => {
    let state = gradeCard(EMPTY_STATE, 'm1', 'good', NOW);
    let queue = todayQueue(PAGE, state, 3, 20, NOW);
    expect(ids(queue)).toEqual(['m1']);
    expect(queue.counts).toEqual({new: 0, due: 1, done: 1});
    state = gradeCard(state, 'm1', 'easy', at(10, 9, 10));
    queue = todayQueue(PAGE, state, 3, 20, at(10, 9, 10));
    expect(queue.cards).toEqual([]);
    expect(queue.counts).toEqual({new: 0, due: 0, done: 2});
    expect(queue.next!.getTime()).toBeGreaterThan(at(11, 0).getTime());
  });

  it('says the next card comes tomorrow when only the new-card limit holds cards back', () => {
    const state = withCards([], [[localDay(NOW), {new: 20, reviews: 20}]]);
    expect(todayQueue(PAGE, state, 0, 20, NOW).next).toEqual(at(11, 0));
    // No new cards at all: nothing is scheduled.
    expect(todayQueue(PAGE, EMPTY_STATE, 0, 0, NOW)).toEqual({
      cards: [],
      counts: {new: 0, due: 0, done: 0},
      next: null,
    });
  });

  it('ignores the state of cards no longer on the site', () => {
    const state = withCards([['gone', scheduled(State.Review, at(1, 9))]]);
    expect(todayQueue(PAGE, state, 0, 20, NOW).counts).toEqual({new: 6, due: 0, done: 0});
  });

  it('needs the chunks of its cards, each once', () => {
    expect(chunksOf(todayQueue(PAGE, EMPTY_STATE, 2, 20, NOW).cards)).toEqual([0, 1]);
    expect(chunksOf([])).toEqual([]);
  });
});

describe('what the page says of due dates', () => {
  it('says how long until a card is due', () => {
    expect(untilText(NOW, at(10, 9, 1))).toBe('in 1 minute');
    expect(untilText(NOW, at(10, 9, 10))).toBe('in 10 minutes');
    expect(untilText(NOW, at(10, 14))).toBe('in 5 hours');
    expect(untilText(NOW, at(14, 9))).toBe('in 4 days');
  });

  it('says when the next card is due once the queue is empty', () => {
    expect(finishedText(NOW, at(12, 7))).toBe('Done for today. Next card due on 12 December 2026 (in 2 days).');
    expect(finishedText(NOW, at(11, 0))).toBe('Done for today. Next card due on 11 December 2026 (tomorrow).');
    expect(finishedText(NOW, null)).toBe('Every card is done: none is scheduled.');
  });
});
