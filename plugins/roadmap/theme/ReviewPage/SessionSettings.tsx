import {useState, type ReactNode} from 'react';
import type {ReviewDeck} from '../../model/reviewPage';
import styles from './styles.module.css';

interface Props {
  decks: readonly ReviewDeck[];
  deck: number;
  /** A `?deck=` this site has no deck for. */
  unknownDeck: string | null;
  newPerDay: number;
  siteNewPerDay: number;
  onDeck: (slug: string) => void;
  onNewPerDay: (n: number) => void;
}

/** Most new cards a day the input takes: beyond it the limit means nothing. */
const MOST_NEW = 9999;

/** The deck filter and the new-card limit. */
export default function SessionSettings(props: Props): ReactNode {
  const {decks, deck, unknownDeck, newPerDay, siteNewPerDay, onDeck, onNewPerDay} = props;
  // The text as typed, so the field may be empty for a moment while the reader types a number.
  const [typed, setTyped] = useState(String(newPerDay));
  const typeNewPerDay = (text: string) => {
    setTyped(text);
    const n = Number(text);
    if (text.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MOST_NEW) onNewPerDay(n);
  };
  return (
    <div className={styles.settings}>
      <div className={styles.field}>
        <label htmlFor="review-deck">Deck</label>
        <select
          id="review-deck"
          data-review-deck
          value={decks[deck]?.slug}
          onChange={(event) => onDeck(event.target.value)}>
          {decks.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title} ({d.size})
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="review-new-per-day">New cards a day</label>
        <input
          id="review-new-per-day"
          type="number"
          inputMode="numeric"
          min={0}
          max={MOST_NEW}
          step={1}
          data-review-new-per-day
          value={typed}
          aria-describedby="review-new-per-day-note"
          onChange={(event) => typeNewPerDay(event.target.value)}
        />
        <span id="review-new-per-day-note" className={styles.muted}>
          The site suggests {siteNewPerDay}.
        </span>
      </div>
      {unknownDeck === null ? null : (
        <p className={styles.note} role="status">
          This site has no deck “{unknownDeck}”; showing all cards.
        </p>
      )}
    </div>
  );
}
