import {useState, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import PhoneFilters from '@theme/PhoneFilters';
import {
  EMPTY_SEARCH,
  searchQueryFromUrl,
  searchQueryToUrl,
  toggled,
  withKind,
  type SearchQuery,
} from '../../client/searchQuery';
import {useSearchResults} from '../../client/useSearchResults';
import SearchHit from '../SearchHit';
import SearchKindFilter from '../SearchKindFilter';
import SearchNotice from '../SearchNotice';
import fieldStyles from '../SearchField/styles.module.css';
import styles from './styles.module.css';

/** Results loaded at first and per "Show more": each one is a small fetch. */
const PAGE = 20;

/** A paper filter (tags or years) with its counts for the current words. */
function PaperFilter(props: {
  legend: string;
  counts: Record<string, number> | undefined;
  selected: readonly string[];
  order: (a: [string, number], b: [string, number]) => number;
  onToggle: (value: string) => void;
}): ReactNode {
  const values = Object.entries(props.counts ?? {})
    .filter(([value, count]) => count > 0 || props.selected.includes(value))
    .sort(props.order);
  if (values.length === 0) return null;
  return (
    <fieldset className={styles.filter}>
      <legend>{props.legend}</legend>
      {values.map(([value, count]) => (
        <label key={value}>
          <input type="checkbox" checked={props.selected.includes(value)} onChange={() => props.onToggle(value)} />{' '}
          {value} <span className={styles.count}>({count})</span>
        </label>
      ))}
    </fieldset>
  );
}

/** /search: every note, paper and post, filtered by kind, and papers by tag and year; the query lives in the URL. */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  // The server renders /search without a query; reading the URL only after
  // hydration keeps the first client render identical to the HTML.
  const isBrowser = useIsBrowser();
  const query = isBrowser ? searchQueryFromUrl(location.search) : EMPTY_SEARCH;
  const [limit, setLimit] = useState(PAGE);
  const state = useSearchResults(query, limit, {counts: true});
  const go = (next: SearchQuery, replace = false) => {
    setLimit(PAGE);
    const target = {pathname: location.pathname, search: searchQueryToUrl(next)};
    if (replace) history.replace(target);
    else history.push(target);
  };
  const done = state.status === 'done' ? state : undefined;
  return (
    <Layout title={query.text ? `Search: ${query.text}` : 'Search'} description="Search the notes, papers and posts.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Search</Heading>
        <div role="search" className={styles.form}>
          <label htmlFor="search-page-input" className={styles.label}>
            Search notes, papers and posts
          </label>
          <input
            id="search-page-input"
            className={fieldStyles.input}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query.text}
            placeholder="e.g. attention, gradient descent, BERT"
            onChange={(event) => go({...query, text: event.target.value}, true)}
          />
          <SearchKindFilter
            name="search-page-kind"
            kind={query.kind}
            counts={done?.counts.kind}
            onChange={(kind) => go(withKind(query, kind))}
          />
        </div>
        <div className={styles.layout}>
          {query.kind === 'paper' ? (
            // As on /papers: on a phone, a long tag list would push the results down.
            <PhoneFilters className={styles.filters} active={query.tag.length + query.year.length}>
              <aside aria-label="Paper filters">
                <PaperFilter
                  legend="Year"
                  counts={done?.counts.year}
                  selected={query.year}
                  order={([a], [b]) => b.localeCompare(a)}
                  onToggle={(year) => go({...query, year: toggled(query.year, year)})}
                />
                <PaperFilter
                  legend="Tag"
                  counts={done?.counts.tag}
                  selected={query.tag}
                  order={([a, x], [b, y]) => y - x || a.localeCompare(b)}
                  onToggle={(tag) => go({...query, tag: toggled(query.tag, tag)})}
                />
              </aside>
            </PhoneFilters>
          ) : null}
          <div className={styles.results}>
            {done && done.total > 0 ? (
              <p aria-live="polite" className={styles.summary}>
                {done.total} result{done.total === 1 ? '' : 's'}
              </p>
            ) : null}
            <SearchNotice state={state} />
            {done && done.hits.length > 0 ? (
              <ol className={styles.hits}>
                {done.hits.map((hit) => (
                  <li key={hit.url}>
                    <SearchHit hit={hit} sections={3} />
                  </li>
                ))}
              </ol>
            ) : null}
            {done && done.total > done.hits.length ? (
              <button type="button" className="button button--secondary" onClick={() => setLimit(limit + PAGE)}>
                Show {Math.min(PAGE, done.total - done.hits.length)} more
              </button>
            ) : null}
          </div>
        </div>
      </main>
    </Layout>
  );
}
