import type {ReactNode} from 'react';
import type {SearchState} from '../../client/useSearchResults';
import styles from './styles.module.css';

export interface Props {
  state: SearchState;
}

/** What to say when there are no results to show: no index yet, a failure, nothing found. */
export default function SearchNotice({state}: Props): ReactNode {
  if (state.status === 'unavailable') {
    return (
      <p className={styles.notice} role="status">
        Search has no index here: the index is written by a build, and the development server does not build one. Run{' '}
        <code>make build &amp;&amp; npm run serve</code> (or <code>make preview</code>) to search this site.
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className={styles.notice} role="alert">
        Search failed: {state.message}
      </p>
    );
  }
  if (state.status === 'searching') {
    return (
      <p className={styles.notice} role="status">
        Searching…
      </p>
    );
  }
  if (state.status === 'done' && state.total === 0) {
    return (
      <p className={styles.notice} role="status">
        Nothing matches. Try another word, or fewer filters.
      </p>
    );
  }
  return null;
}
