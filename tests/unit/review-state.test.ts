import {createEmptyCard, State, type Card} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {gradeCard, gradeDues} from '../../plugins/roadmap/review/grading';
import {importStateFile} from '../../plugins/roadmap/review/importFile';
import {EMPTY_STATE, mergeStates, type ReviewState} from '../../plugins/roadmap/review/reviewState';
import {parseStateFile, writeStateFile} from '../../plugins/roadmap/review/stateFile';
import {
  memoryStore,
  readNewPerDay,
  readStoredState,
  STATE_KEY,
  UNREADABLE_KEY,
  writeNewPerDay,
  writeStoredState,
} from '../../plugins/roadmap/review/storedState';

/** 10 December 2026, 09:00 on the reader's clock (local time, whatever the machine's zone). */
const NOW = new Date(2026, 11, 10, 9, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

const reviewCard = (due: Date, lastReview: Date): Card => ({
  due,
  stability: 5.5,
  difficulty: 4.25,
  elapsed_days: 0,
  scheduled_days: 5,
  learning_steps: 0,
  reps: 3,
  lapses: 1,
  state: State.Review,
  last_review: lastReview,
});

const STATE: ReviewState = {
  cards: new Map([
    ['resnet-skip', reviewCard(new Date(NOW.getTime() + 2 * DAY), new Date(NOW.getTime() - 3 * DAY))],
    ['constructor', createEmptyCard(NOW)],
  ]),
  days: new Map([['2026-12-09', {new: 4, reviews: 11}]]),
};

/** A valid file's JSON, with one part replaced: each malformed case below breaks one thing. */
function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(writeStateFile(STATE, NOW)) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}
const cardOf = (file: Record<string, unknown>) =>
  (file.cards as Record<string, Record<string, unknown>>)['resnet-skip']!;

describe('the review state file', () => {
  it('round-trips: parse(write(state)) is the state, dates and all', () => {
    const parsed = parseStateFile(writeStateFile(STATE, NOW, 2));
    expect(parsed).toEqual({ok: true, state: STATE, exported: NOW});
  });

  it('writes the format marker, ISO dates and state names', () => {
    const file = JSON.parse(writeStateFile(STATE, NOW));
    expect(file.format).toBe('roadmap-review');
    expect(file.version).toBe(1);
    expect(file.exported).toBe(NOW.toISOString());
    expect(file.cards['resnet-skip']).toEqual({
      due: new Date(NOW.getTime() + 2 * DAY).toISOString(),
      stability: 5.5,
      difficulty: 4.25,
      elapsed_days: 0,
      scheduled_days: 5,
      learning_steps: 0,
      reps: 3,
      lapses: 1,
      state: 'Review',
      last_review: new Date(NOW.getTime() - 3 * DAY).toISOString(),
    });
    expect(file.cards.constructor.state).toBe('New');
    expect(file.cards.constructor).not.toHaveProperty('last_review');
    expect(file.days).toEqual({'2026-12-09': {new: 4, reviews: 11}});
  });

  it.each([
    [
      'not JSON',
      '{"format": "roadmap-review",',
      'The file is not JSON, so it is not a review state exported from this page.',
    ],
    ['an array', '[1, 2]', 'The file holds JSON but not an object, so it is not a review state.'],
    [
      'no format',
      fileWith((f) => delete f.format),
      'The file has no "format": it is not a review state exported from this page.',
    ],
    [
      'a foreign format',
      fileWith((f) => (f.format = 'anki')),
      'The file\'s "format" is "anki", not "roadmap-review": it is not a review state exported from this page.',
    ],
    ['a later version', fileWith((f) => (f.version = 2)), 'The file\'s "version" is 2; this page reads version 1.'],
    [
      'a version as text',
      fileWith((f) => (f.version = '1')),
      'The file\'s "version" is "1"; this page reads version 1.',
    ],
    [
      'an exported date that does not parse',
      fileWith((f) => (f.exported = 'yesterday')),
      'The file\'s "exported" is "yesterday", not an ISO date and time.',
    ],
    ['cards as a list', fileWith((f) => (f.cards = [])), 'The file\'s "cards" is not an object of cards by id.'],
    ['no days', fileWith((f) => delete f.days), 'The file\'s "days" is not an object of days.'],
    [
      'a card that is not an object',
      fileWith((f) => ((f.cards as Record<string, unknown>)['resnet-skip'] = 3)),
      'Card "resnet-skip" is not an object.',
    ],
    [
      'a due date that does not parse',
      fileWith((f) => (cardOf(f).due = '2026-12-40T09:00:00Z')),
      'Card "resnet-skip": "due" is "2026-12-40T09:00:00Z", not an ISO date and time.',
    ],
    [
      'a date that is not ISO',
      fileWith((f) => (cardOf(f).due = 'December 12, 2026')),
      'Card "resnet-skip": "due" is "December 12, 2026", not an ISO date and time.',
    ],
    [
      'a last review that is a number',
      fileWith((f) => (cardOf(f).last_review = 1765357200000)),
      'Card "resnet-skip": "last_review" is 1765357200000, not an ISO date and time.',
    ],
    [
      'a stability as text',
      fileWith((f) => (cardOf(f).stability = '5.5')),
      'Card "resnet-skip": "stability" is "5.5", not a number of 0 or more.',
    ],
    [
      'missing reps',
      fileWith((f) => delete cardOf(f).reps),
      'Card "resnet-skip": "reps" is missing, not a number of 0 or more.',
    ],
    [
      'negative lapses',
      fileWith((f) => (cardOf(f).lapses = -1)),
      'Card "resnet-skip": "lapses" is -1, not a number of 0 or more.',
    ],
    [
      'an unknown state',
      fileWith((f) => (cardOf(f).state = 2)),
      'Card "resnet-skip": "state" is 2, not one of New, Learning, Review, Relearning.',
    ],
    [
      'a day that is not a date',
      fileWith((f) => (f.days = {'9 Dec': {new: 1, reviews: 1}})),
      'Day "9 Dec" is not a day (YYYY-MM-DD).',
    ],
    [
      'a day count that is not whole',
      fileWith((f) => (f.days = {'2026-12-09': {new: 1.5, reviews: 1}})),
      'Day "2026-12-09": "new" is 1.5, not a whole number.',
    ],
  ])('refuses %s, naming what is wrong', (_what, text, error) => {
    expect(parseStateFile(text)).toEqual({ok: false, error});
  });
});

describe('importing a file', () => {
  const ON_SITE = new Set(['resnet-skip', 'constructor', 'attention-heads']);

  it('refuses a malformed file and hands back the current state, untouched', () => {
    const current = gradeCard(EMPTY_STATE, 'attention-heads', 'good', NOW);
    const before = writeStateFile(current, NOW);
    const result = importStateFile(
      current,
      fileWith((f) => (f.version = 7)),
      ON_SITE,
    );
    expect(result).toEqual({
      ok: false,
      error: 'Not imported: The file\'s "version" is 7; this page reads version 1. Your review state is unchanged.',
    });
    expect(writeStateFile(current, NOW)).toBe(before);
  });

  it('keeps cards that are not on the site, and says how many were imported', () => {
    const file = writeStateFile(
      {...STATE, cards: new Map([...STATE.cards, ['gone-note-card', createEmptyCard(NOW)]])},
      NOW,
    );
    const result = importStateFile(EMPTY_STATE, file, ON_SITE);
    expect(result.ok && result.message).toBe(
      'Imported 3 cards, 1 of them not on this site (kept, in case it comes back).',
    );
    expect(result.ok && [...result.state.cards.keys()]).toEqual(['resnet-skip', 'constructor', 'gone-note-card']);
  });

  it('keeps a card reviewed more recently in this browser, and each day its larger counts', () => {
    const here = gradeCard(EMPTY_STATE, 'resnet-skip', 'easy', NOW);
    const merged = mergeStates(here, STATE);
    expect(merged.keptHere).toBe(1);
    expect(merged.state.cards.get('resnet-skip')).toEqual(here.cards.get('resnet-skip'));
    expect(merged.state.cards.get('constructor')).toEqual(STATE.cards.get('constructor'));
    expect(Object.fromEntries(merged.state.days)).toEqual({
      '2026-12-09': {new: 4, reviews: 11},
      '2026-12-10': {new: 1, reviews: 1},
    });
    const result = importStateFile(here, writeStateFile(STATE, NOW), ON_SITE);
    expect(result.ok && result.message).toBe(
      'Imported 2 cards. 1 card was reviewed more recently in this browser and kept its schedule here.',
    );
  });
});

describe('grading with ts-fsrs', () => {
  it('shows a new card again in 10 minutes after Good, and counts it introduced today', () => {
    const state = gradeCard(EMPTY_STATE, 'resnet-skip', 'good', NOW);
    const card = state.cards.get('resnet-skip')!;
    expect(card.state).toBe(State.Learning);
    expect(card.due.getTime() - NOW.getTime()).toBe(10 * MINUTE);
    expect(state.days.get('2026-12-10')).toEqual({new: 1, reviews: 1});
  });

  it('moves a due review card forward by days on Good, and does not count it new', () => {
    const due = new Date(NOW.getTime() - DAY);
    const start: ReviewState = {
      cards: new Map([['resnet-skip', reviewCard(due, new Date(due.getTime() - 5 * DAY))]]),
      days: new Map(),
    };
    const card = gradeCard(start, 'resnet-skip', 'good', NOW).cards.get('resnet-skip')!;
    expect(card.state).toBe(State.Review);
    expect(card.reps).toBe(4);
    expect(card.last_review).toEqual(NOW);
    expect(card.due.getTime()).toBeGreaterThan(NOW.getTime() + 5 * DAY);
    expect(gradeCard(start, 'resnet-skip', 'good', NOW).days.get('2026-12-10')).toEqual({new: 0, reviews: 1});
  });

  it('previews each grade: Again in a minute, Hard in 6, Good in 10, Easy in days', () => {
    const dues = gradeDues(EMPTY_STATE, 'new-card', NOW);
    expect(dues.again.getTime() - NOW.getTime()).toBe(MINUTE);
    expect(dues.hard.getTime() - NOW.getTime()).toBe(6 * MINUTE);
    expect(dues.good.getTime() - NOW.getTime()).toBe(10 * MINUTE);
    expect(dues.easy.getTime() - NOW.getTime()).toBe(8 * DAY);
  });

  it('leaves the state it was given unchanged', () => {
    const before = writeStateFile(STATE, NOW);
    gradeCard(STATE, 'resnet-skip', 'again', NOW);
    expect(writeStateFile(STATE, NOW)).toBe(before);
  });
});

describe('the state in localStorage', () => {
  it('reads back what it wrote', () => {
    const store = memoryStore();
    expect(readStoredState(store)).toEqual({state: EMPTY_STATE});
    expect(writeStoredState(store, STATE, NOW)).toBeUndefined();
    expect(readStoredState(store)).toEqual({state: STATE});
  });

  it('reports a corrupt stored value and keeps a copy under another key', () => {
    const store = memoryStore();
    store.setItem(
      STATE_KEY,
      '{"format": "roadmap-review", "version": 1, "exported": "2026-12-10T09:00:00Z", "cards": {"a": 1}, "days": {}}',
    );
    const read = readStoredState(store);
    expect(read).toEqual({
      state: EMPTY_STATE,
      problem:
        'Your saved review state could not be read (Card "a" is not an object.) A copy is kept in this browser\'s localStorage under "roadmap-review:state:unreadable"; this page starts afresh.',
    });
    expect(store.getItem(UNREADABLE_KEY)).toBe(store.getItem(STATE_KEY));
  });

  it('says so when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(readStoredState(refusing).problem).toBe('This browser does not let the page read its storage.');
    expect(writeStoredState(refusing, STATE, NOW)).toBe(
      "Not saved: this browser's storage for the site is full. Export your review state to keep it.",
    );
    expect(readNewPerDay(refusing, 20)).toBe(20);
  });

  it("keeps the reader's new cards per day, else the site's", () => {
    const store = memoryStore();
    expect(readNewPerDay(store, 20)).toBe(20);
    writeNewPerDay(store, 5);
    expect(readNewPerDay(store, 20)).toBe(5);
    store.setItem('roadmap-review:new-per-day', 'lots');
    expect(readNewPerDay(store, 20)).toBe(20);
  });
});
