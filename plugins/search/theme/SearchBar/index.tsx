import {useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {EMPTY_SEARCH, searchQueryToUrl, withKind, type SearchQuery} from '../../client/searchQuery';
import {useSearchResults} from '../../client/useSearchResults';
import SearchHit from '../SearchHit';
import SearchKindFilter from '../SearchKindFilter';
import SearchNotice from '../SearchNotice';
import fieldStyles from '../SearchField/styles.module.css';
import styles from './styles.module.css';

/** Results the navbar shows; the rest are on /search. */
const SHOWN = 8;

/** Typing `/` in a text field is text, not the search shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The navbar search: a button (and the `/` and Ctrl/Cmd+K shortcuts) that
 * opens a modal dialog. Arrow keys move from the field through the results;
 * Enter follows one; Escape closes.
 */
export default function SearchBar(): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLOListElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<SearchQuery>(EMPTY_SEARCH);
  const state = useSearchResults(query, SHOWN, {enabled: open});

  const show = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    setOpen(true);
    input.current?.select();
  }, []);
  const close = useCallback(() => dialog.current?.close(), []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const shortcut =
        (event.key === '/' && !isTyping(event.target)) ||
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k');
      if (!shortcut) return;
      event.preventDefault();
      show();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [show]);

  /** Arrow keys walk the field and the result links as one list. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = results.current
      ? Array.from(results.current.querySelectorAll<HTMLAnchorElement>(':scope > li > a'))
      : [];
    const stops = [input.current, ...links];
    const at = stops.indexOf(document.activeElement as HTMLInputElement | HTMLAnchorElement);
    if (at === -1) return;
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    event.preventDefault();
    stops[next]?.focus();
  };

  return (
    <>
      <button type="button" className={styles.button} onClick={show} aria-keyshortcuts="/ Control+K Meta+K">
        <svg className={styles.icon} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path
            d="M14.4 12.9l4.3 4.3-1.5 1.5-4.3-4.3a7 7 0 1 1 1.5-1.5zM8.5 13.5a5 5 0 1 0 0-10 5 5 0 0 0 0 10z"
            fill="currentColor"
          />
        </svg>
        <span className={styles.buttonLabel}>Search</span>
        <kbd className={styles.key}>/</kbd>
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-label="Search notes, papers and posts"
        onClose={() => setOpen(false)}
        // A click on the backdrop (outside the panel) closes the dialog.
        onClick={(event) => event.target === dialog.current && close()}>
        <div className={styles.panel} onKeyDown={onKeyDown}>
          <div className={styles.field}>
            <label htmlFor="navbar-search-input" className={styles.fieldLabel}>
              Search
            </label>
            <input
              id="navbar-search-input"
              className={fieldStyles.input}
              ref={input}
              type="search"
              autoComplete="off"
              spellCheck={false}
              placeholder="Notes, papers, posts…"
              value={query.text}
              onChange={(event) => setQuery({...query, text: event.target.value})}
            />
            <button type="button" className={styles.close} onClick={close} aria-label="Esc: close search">
              Esc
            </button>
          </div>
          <SearchKindFilter
            name="navbar-search-kind"
            kind={query.kind}
            onChange={(kind) => setQuery(withKind(query, kind))}
          />
          <SearchNotice state={state} />
          {state.status === 'done' && state.hits.length > 0 ? (
            <>
              <ol ref={results} className={styles.results} aria-label="Results">
                {state.hits.map((hit) => (
                  <li key={hit.url}>
                    <SearchHit hit={hit} onFollow={close} />
                  </li>
                ))}
              </ol>
              <p className={styles.all}>
                <Link to={`/search${searchQueryToUrl(query)}`} onClick={close}>
                  All {state.total} result{state.total === 1 ? '' : 's'} on the search page
                </Link>
              </p>
            </>
          ) : null}
        </div>
      </dialog>
    </>
  );
}
