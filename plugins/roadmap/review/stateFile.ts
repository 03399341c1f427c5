import {State, type Card} from 'ts-fsrs';
import type {DayCount, ReviewState} from './reviewState';

/**
 * The review state as JSON: the file a reader exports and imports, and the value
 * kept in localStorage (one format, so one strict reader for both).
 *
 * {"format": "roadmap-review", "version": 1, "exported": ISO,
 *  "cards": {id: {due: ISO, stability, difficulty, elapsed_days, scheduled_days,
 *                 learning_steps, reps, lapses, state: "New"|"Learning"|"Review"|"Relearning",
 *                 last_review?: ISO}},
 *  "days": {"YYYY-MM-DD": {new, reviews}}}
 */
export const STATE_FORMAT = 'roadmap-review';
export const STATE_VERSION = 1;

/** ts-fsrs's states by name: a file says "Review", not 2. */
const STATES = [
  ['New', State.New],
  ['Learning', State.Learning],
  ['Review', State.Review],
  ['Relearning', State.Relearning],
] as const;
type StateName = (typeof STATES)[number][0];

type FileCard = Omit<Card, 'due' | 'state' | 'last_review'> & {due: string; state: StateName; last_review?: string};

/** The file's text; `space` indents it for a person to read. */
export function writeStateFile(state: ReviewState, now: Date, space?: number): string {
  const cards: [string, FileCard][] = [...state.cards].map(([id, card]) => [id, fileCard(card)]);
  return JSON.stringify(
    {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      exported: now.toISOString(),
      cards: Object.fromEntries(cards),
      days: Object.fromEntries(state.days),
    },
    null,
    space,
  );
}

function fileCard(card: Card): FileCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES.find(([, state]) => state === card.state)?.[0] ?? 'New',
    ...(card.last_review === undefined ? {} : {last_review: card.last_review.toISOString()}),
  };
}

export type ParsedStateFile = {ok: true; state: ReviewState; exported: Date} | {ok: false; error: string};

/** A thrown refusal, caught once in parseStateFile: the reader walks the file without threading results. */
class Refusal extends Error {}

/** The state a file holds, or the first thing wrong with it, in words a reader can act on. */
export function parseStateFile(text: string): ParsedStateFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {ok: false, error: 'The file is not JSON, so it is not a review state exported from this page.'};
  }
  try {
    return readDocument(json);
  } catch (error) {
    if (error instanceof Refusal) return {ok: false, error: error.message};
    throw error;
  }
}

function readDocument(json: unknown): ParsedStateFile {
  if (!isRecord(json)) throw new Refusal('The file holds JSON but not an object, so it is not a review state.');
  if (json.format !== STATE_FORMAT) {
    const found =
      'format' in json
        ? `The file's "format" is ${shown(json.format)}, not "${STATE_FORMAT}"`
        : 'The file has no "format"';
    throw new Refusal(`${found}: it is not a review state exported from this page.`);
  }
  if (json.version !== STATE_VERSION) {
    throw new Refusal(`${describe('version', json)}; this page reads version ${STATE_VERSION}.`);
  }
  const exported = readDate(json.exported, `The file's "exported"`);
  if (!isRecord(json.cards)) throw new Refusal(`The file's "cards" is not an object of cards by id.`);
  if (!isRecord(json.days)) throw new Refusal(`The file's "days" is not an object of days.`);
  const cards = new Map(Object.entries(json.cards).map(([id, card]) => [id, readCard(id, card)]));
  const days = new Map(Object.entries(json.days).map(([day, count]) => [day, readDay(day, count)]));
  return {ok: true, state: {cards, days}, exported};
}

function readCard(id: string, value: unknown): Card {
  const where = `Card ${JSON.stringify(id)}`;
  if (!isRecord(value)) throw new Refusal(`${where} is not an object.`);
  const number = (field: string) => readNumber(value[field], `${where}: "${field}"`);
  const state = STATES.find(([name]) => name === value.state)?.[1];
  if (state === undefined) {
    const names = STATES.map(([name]) => name).join(', ');
    throw new Refusal(`${where}: "state" is ${shown(value.state)}, not one of ${names}.`);
  }
  return {
    due: readDate(value.due, `${where}: "due"`),
    stability: number('stability'),
    difficulty: number('difficulty'),
    elapsed_days: number('elapsed_days'),
    scheduled_days: number('scheduled_days'),
    learning_steps: number('learning_steps'),
    reps: number('reps'),
    lapses: number('lapses'),
    state,
    ...(value.last_review === undefined ? {} : {last_review: readDate(value.last_review, `${where}: "last_review"`)}),
  };
}

function readDay(day: string, value: unknown): DayCount {
  const where = `Day ${JSON.stringify(day)}`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Refusal(`${where} is not a day (YYYY-MM-DD).`);
  if (!isRecord(value)) throw new Refusal(`${where} is not an object.`);
  const count = (field: keyof DayCount) => {
    const n = readNumber(value[field], `${where}: "${field}"`);
    if (!Number.isInteger(n)) throw new Refusal(`${where}: "${field}" is ${n}, not a whole number.`);
    return n;
  };
  return {new: count('new'), reviews: count('reviews')};
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO date and time only: Date.parse alone would take "2026" or "December 1". */
function readDate(value: unknown, where: string): Date {
  const time = typeof value === 'string' && ISO_TIME.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) throw new Refusal(`${where} is ${shown(value)}, not an ISO date and time.`);
  return new Date(time);
}

function readNumber(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Refusal(`${where} is ${shown(value)}, not a number of 0 or more.`);
  }
  return value;
}

function describe(field: string, json: Record<string, unknown>): string {
  return field in json ? `The file's "${field}" is ${shown(json[field])}` : `The file has no "${field}"`;
}

const shown = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
