import {useMemo, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import PhoneFilters from '@theme/PhoneFilters';
import StatusMark from '@theme/StatusMark';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/PaperLogPage';
import {
  activeFilters,
  EMPTY_QUERY,
  isUnfiltered,
  queryFromUrl,
  queryToUrl,
  type PaperQuery,
} from '../../paperSearch/paperQuery';
import {buildPaperIndex} from '../../paperSearch/paperSearch';
import PaperCalendar from './PaperCalendar';
import Facets from './Facets';
import {usePaperSearch} from './usePaperSearch';
import styles from './styles.module.css';

/** Rows shown at first and added per click: a log of thousands stays a light page. */
const PAGE = 100;

/** A row's own words, each under its label: three narrow columns made "Key takeaway" one word a line. */
function PaperNotes({row}: {row: Props['page']['rows'][number]}): ReactNode {
  const notes: [string, string | undefined][] = [
    ['What I reproduced', row.reproduced],
    ['Key takeaway', row.takeaway],
    ['Next experiment', row.next],
  ];
  const given = notes.filter((note): note is [string, string] => note[1] !== undefined);
  if (given.length === 0) return '—';
  return (
    <dl className={styles.notes}>
      {given.map(([label, text]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function PaperLogPage({page: paperLog}: Props): ReactNode {
  const [shown, setShown] = useState(PAGE);
  const location = useLocation();
  const history = useHistory();
  // The URL is the only state: a search can be shared, and Back undoes a filter.
  // The server renders the page without one; reading it only after hydration
  // keeps the first client render identical to the HTML.
  const isBrowser = useIsBrowser();
  const search = isBrowser ? location.search : '';
  const query = queryFromUrl(search);
  const index = useMemo(() => buildPaperIndex(paperLog.rows), [paperLog.rows]);
  const {result, notice} = usePaperSearch(index, paperLog.algolia, query);
  const years = useMemo(() => [...new Set(paperLog.rows.map((r) => r.year))].sort((a, b) => b - a), [paperLog.rows]);
  const go = (next: PaperQuery, replace = false) => {
    const target = {pathname: location.pathname, search: queryToUrl(next), hash: ''};
    if (replace) history.replace(target);
    else history.push(target);
  };
  /**
   * Typing refines one history entry. The first words typed get an entry of
   * their own, so that Back returns to the whole log; but a router push would
   * move focus to the page (Docusaurus resets focus on every push) while the
   * reader is typing, so the current entry is copied outside the router and
   * the copy replaced.
   */
  const typeQuery = (text: string) => {
    if (query.text === '' && text !== '') window.history.pushState(window.history.state, '', window.location.href);
    go({...query, text}, true);
  };
  const filtered = !isUnfiltered(query);
  return (
    <Layout
      title="Paper log"
      description="Every paper read, with what was reproduced, the key takeaway and the next experiment.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Paper log</Heading>
        <p>
          One paper a week: read, reproduce a key ablation, write a short note. The{' '}
          <Link to="/papers/next">next experiments</Link> are collected on their own page; the whole log is available as{' '}
          <Link href="pathname:///papers.bib">BibTeX</Link>.
        </p>
        <PaperCalendar calendar={paperLog.calendar} cadence={paperLog.cadence} />

        <div className={styles.controls} role="search">
          <label className={styles.searchLabel}>
            <span>Search papers</span>
            <input
              type="search"
              value={query.text}
              placeholder="Title, author, takeaway, tag…"
              onChange={(event) => typeQuery(event.target.value)}
            />
          </label>
          <label className={styles.sortLabel}>
            <span>Sort by</span>
            <select
              value={query.sort}
              onChange={(event) => go({...query, sort: event.target.value as PaperQuery['sort']})}>
              <option value="logged">{query.text.trim() === '' ? 'log date' : 'best match'}</option>
              <option value="year">year</option>
              <option value="title">title</option>
            </select>
          </label>
        </div>

        <div className={styles.layout}>
          <PhoneFilters active={activeFilters(query)}>
            <Facets query={query} result={result} years={years} onChange={(next) => go(next)} />
          </PhoneFilters>
          <div className={styles.results}>
            {notice ? (
              <p role="status" className={styles.summary}>
                {notice}
              </p>
            ) : null}
            <p aria-live="polite" className={styles.summary}>
              {result.rows.length} of {paperLog.rows.length} paper{paperLog.rows.length === 1 ? '' : 's'}
              {filtered ? (
                <>
                  {' '}
                  <button type="button" className={styles.clear} onClick={() => go(EMPTY_QUERY)}>
                    Clear search and filters
                  </button>
                </>
              ) : null}
            </p>
            {result.rows.length === 0 ? (
              <p>No paper matches. Try fewer filters or another word.</p>
            ) : (
              <>
                <WideTable className={styles.log} cards>
                  <thead>
                    <tr>
                      <th scope="col">Logged</th>
                      <th scope="col">Paper</th>
                      <th scope="col">Notes</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.rows.slice(0, shown).map((row) => (
                      <tr key={row.slug}>
                        <td data-label="Logged" data-missing={row.read ? undefined : ''}>
                          {row.read ? <time dateTime={row.read}>{row.read}</time> : '—'}
                        </td>
                        <th scope="row">
                          <Link to={row.permalink}>{row.title}</Link>
                          <div className={styles.meta}>
                            {row.authors.join(', ')} · {row.venue ? `${row.venue} ` : ''}
                            {row.year}
                            {row.link ? (
                              <>
                                {' · '}
                                <Link href={row.link.href}>{row.link.label}</Link>
                              </>
                            ) : null}
                          </div>
                          <div className={styles.meta}>
                            <StatusMark status={row.status} />
                            {row.tags.map((tag) => (
                              <span key={tag} className={styles.tag}>
                                {tag}
                              </span>
                            ))}
                          </div>
                        </th>
                        <td data-missing={row.reproduced || row.takeaway || row.next ? undefined : ''}>
                          <PaperNotes row={row} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </WideTable>
                {result.rows.length > shown ? (
                  <button type="button" className={styles.more} onClick={() => setShown(shown + PAGE)}>
                    Show {Math.min(PAGE, result.rows.length - shown)} more of {result.rows.length - shown}
                  </button>
                ) : null}
              </>
            )}
          </div>
        </div>
      </main>
    </Layout>
  );
}
