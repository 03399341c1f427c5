import {useEffect, useMemo, useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import type {ReviewPageData} from '../../model/reviewPage';
import {finishedText, untilText} from '../../review/dueWords';
import {gradeCard, gradeDues, GRADES, type GradeName} from '../../review/grading';
import {EMPTY_STATE, type ReviewState} from '../../review/reviewState';
import {chunksOf, todayQueue} from '../../review/reviewQueue';
import {
  clearStoredState,
  readNewPerDay,
  readStoredState,
  STATE_KEY,
  writeNewPerDay,
  writeStoredState,
} from '../../review/storedState';
import browserStore from './browserStore';
import ReviewCard from './ReviewCard';
import SessionSettings from './SessionSettings';
import StateControls, {type Message} from './StateControls';
import useChunks from './useChunks';
import styles from './styles.module.css';

const cardsLeft = (n: number) => (n === 0 ? 'no cards left' : `${n} ${n === 1 ? 'card' : 'cards'} left`);

/** The deck's slug in the address, so a note can link to `/review?deck=paper/resnet`. */
function deckSearch(slug: string): string {
  return slug === 'all' ? '' : `?deck=${encodeURIComponent(slug).replace(/%2F/g, '/')}`;
}

/** The review itself, in the browser only: the reader's state, today's queue, the card and the controls. */
export default function ReviewSession({page}: {page: ReviewPageData}): ReactNode {
  const [{store, problem}] = useState(browserStore);
  const [initial] = useState(() => readStoredState(store));
  const [state, setState] = useState<ReviewState>(initial.state);
  const [message, setMessage] = useState<Message | null>(() => {
    const text = [problem, initial.problem].filter(Boolean).join(' ');
    return text === '' ? null : {text, error: true};
  });
  const [newPerDay, setNewPerDay] = useState(() => readNewPerDay(store, page.newPerDay));
  const [now, setNow] = useState(() => new Date());
  // Each state change is a turn: the card remounts, its answer hidden; it takes the focus after a grade only.
  const [turn, setTurn] = useState({n: 0, focus: false});
  const [announcement, setAnnouncement] = useState('');
  const location = useLocation();
  const history = useHistory();

  const requested = new URLSearchParams(location.search).get('deck');
  const found = requested === null ? 0 : page.decks.findIndex((deck) => deck.slug === requested);
  const deck = Math.max(0, found);
  const queue = useMemo(() => todayQueue(page, state, deck, newPerDay, now), [page, state, deck, newPerDay, now]);
  const chunks = useChunks(useMemo(() => chunksOf(queue.cards), [queue]));
  const siteIds = useMemo(() => new Set(page.cards.map((card) => card.id)), [page.cards]);
  const current = queue.cards[0];
  const text = current === undefined ? undefined : chunks.loaded.get(current.chunk)?.[current.id];

  // Another tab's reviews: take them, so two tabs do not overwrite each other.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STATE_KEY) setState(readStoredState(store).state);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);

  // A finished page left open until tomorrow has cards again when the reader comes back to it.
  const finished = current === undefined;
  useEffect(() => {
    if (!finished) return undefined;
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(new Date());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [finished]);

  const save = (next: ReviewState, focus: boolean) => {
    setState(next);
    setTurn(({n}) => ({n: n + 1, focus}));
    const failed = writeStoredState(store, next, new Date());
    if (failed !== undefined) setMessage({text: failed, error: true});
  };

  const grade = (name: GradeName) => {
    if (current === undefined) return;
    const at = new Date();
    const next = gradeCard(state, current.id, name, at);
    save(next, true);
    setNow(at);
    const left = todayQueue(page, next, deck, newPerDay, at).cards.length;
    const due = next.cards.get(current.id)?.due ?? at;
    const label = GRADES.find((g) => g.name === name)?.label;
    setAnnouncement(`Graded ${label}; next due ${untilText(at, due)}; ${cardsLeft(left)}.`);
  };

  const chooseDeck = (slug: string) => {
    // Replace, not push: Docusaurus moves the focus to the page's top on a push.
    history.replace({pathname: location.pathname, search: deckSearch(slug), hash: location.hash});
    setTurn(({n}) => ({n: n + 1, focus: false}));
  };

  const chooseNewPerDay = (n: number) => {
    setNewPerDay(n);
    const failed = writeNewPerDay(store, n);
    if (failed !== undefined) setMessage({text: failed, error: true});
  };

  const clear = () => {
    setState(EMPTY_STATE);
    setTurn(({n}) => ({n: n + 1, focus: false}));
    const failed = clearStoredState(store);
    setMessage(
      failed === undefined
        ? {text: 'Your review state is cleared: every card is new again.', error: false}
        : {text: failed, error: true},
    );
  };

  const {counts} = queue;
  return (
    <div className={styles.session}>
      {message === null ? null : (
        <p
          className={message.error ? styles.error : styles.note}
          role={message.error ? 'alert' : 'status'}
          data-review-message>
          {message.text}
        </p>
      )}
      <SessionSettings
        decks={page.decks}
        deck={deck}
        unknownDeck={found < 0 ? requested : null}
        newPerDay={newPerDay}
        siteNewPerDay={page.newPerDay}
        onDeck={chooseDeck}
        onNewPerDay={chooseNewPerDay}
      />
      <p
        className={styles.counter}
        data-review-counter
        data-new={counts.new}
        data-due={counts.due}
        data-done={counts.done}>
        <span>
          <strong>{counts.new}</strong> new
        </span>
        <span>
          <strong>{counts.due}</strong> due
        </span>
        <span>
          <strong>{counts.done}</strong> done today
        </span>
      </p>
      {current === undefined ? (
        <p className={styles.finished} data-review-done>
          {page.decks[deck]?.size === 0 ? 'This deck has no cards yet.' : finishedText(now, queue.next)}
        </p>
      ) : chunks.failed !== null ? (
        <div className={styles.error} role="alert" data-review-load-error>
          <p>
            The cards' text could not be loaded ({chunks.failed}). Check the connection, then try again or reload the
            page: your review state is safe.
          </p>
          <button type="button" className={`button button--secondary ${styles.button}`} onClick={chunks.retry}>
            Try again
          </button>
        </div>
      ) : text === undefined ? (
        chunks.loaded.has(current.chunk) ? (
          <p className={styles.error} role="alert" data-review-load-error>
            The text of card “{current.id}” is missing from the site's data: rebuilding the site should bring it back.
          </p>
        ) : (
          <p className={styles.muted}>Loading the cards…</p>
        )
      ) : (
        <ReviewCard
          key={`${turn.n}:${current.id}`}
          text={text}
          note={page.notes[current.note]}
          dues={gradeDues(state, current.id, now)}
          now={now}
          autoFocus={turn.focus}
          onShow={() => setAnnouncement('Answer shown')}
          onGrade={grade}
        />
      )}
      <p className={styles.visuallyHidden} aria-live="polite">
        {announcement}
      </p>
      <StateControls
        state={state}
        siteIds={siteIds}
        onImport={(next) => save(next, false)}
        onClear={clear}
        onMessage={setMessage}
      />
    </div>
  );
}
