import {memoryStore, STATE_KEY, type KeyValueStore} from '../../review/storedState';

export interface BrowserStore {
  store: KeyValueStore;
  /** Why the reviews will not outlast the visit, when they will not. */
  problem?: string;
}

/** localStorage, else a store for this visit: with storage blocked, even reading `window.localStorage` throws. */
export default function browserStore(): BrowserStore {
  try {
    const store = window.localStorage;
    store.getItem(STATE_KEY);
    return {store};
  } catch {
    return {
      store: memoryStore(),
      problem:
        'This browser does not let the page keep your reviews, so they last only until you leave: export them before you go.',
    };
  }
}
