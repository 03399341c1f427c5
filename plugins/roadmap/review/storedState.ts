import {EMPTY_STATE, type ReviewState} from './reviewState';
import {parseStateFile, writeStateFile} from './stateFile';

/** Where this page keeps a reader's state in the browser; nothing leaves it. */
export const STATE_KEY = 'roadmap-review:state';
/** A stored state that could not be read, copied here before anything overwrites it. */
export const UNREADABLE_KEY = 'roadmap-review:state:unreadable';
export const NEW_PER_DAY_KEY = 'roadmap-review:new-per-day';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredState {
  state: ReviewState;
  /** Why the stored state was not used, for the reader; undefined when it was (or there was none). */
  problem?: string;
}

export function readStoredState(store: KeyValueStore): StoredState {
  let text: string | null;
  try {
    text = store.getItem(STATE_KEY);
  } catch {
    return {state: EMPTY_STATE, problem: 'This browser does not let the page read its storage.'};
  }
  if (text === null) return {state: EMPTY_STATE};
  const parsed = parseStateFile(text);
  if (parsed.ok) return {state: parsed.state};
  const kept = writeItem(store, UNREADABLE_KEY, text) === undefined;
  return {
    state: EMPTY_STATE,
    problem:
      `Your saved review state could not be read (${parsed.error}) ` +
      (kept
        ? `A copy is kept in this browser's localStorage under "${UNREADABLE_KEY}"; this page starts afresh.`
        : 'It could not be copied aside either; this page starts afresh.'),
  };
}

/** Saves `state`; the reason it could not, for the reader (storage full, or refused). */
export function writeStoredState(store: KeyValueStore, state: ReviewState, now: Date): string | undefined {
  return writeItem(store, STATE_KEY, writeStateFile(state, now));
}

export function clearStoredState(store: KeyValueStore): string | undefined {
  try {
    store.removeItem(STATE_KEY);
    return undefined;
  } catch {
    return 'This browser did not let the page clear its storage.';
  }
}

/** The reader's new cards per day, else `fallback` (the site's). */
export function readNewPerDay(store: KeyValueStore, fallback: number): number {
  let text: string | null = null;
  try {
    text = store.getItem(NEW_PER_DAY_KEY);
  } catch {
    // Unreadable storage: the site's number.
  }
  const n = text === null ? NaN : Number(text);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

export function writeNewPerDay(store: KeyValueStore, n: number): string | undefined {
  return writeItem(store, NEW_PER_DAY_KEY, String(n));
}

function writeItem(store: KeyValueStore, key: string, value: string): string | undefined {
  try {
    store.setItem(key, value);
    return undefined;
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return full
      ? "Not saved: this browser's storage for the site is full. Export your review state to keep it."
      : 'Not saved: this browser does not let the page use its storage. Export your review state to keep it.';
  }
}

/** A store that lasts as long as the page, when the browser refuses localStorage. */
export function memoryStore(): KeyValueStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
