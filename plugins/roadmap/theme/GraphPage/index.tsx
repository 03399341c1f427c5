import {useMemo, useState, type ReactNode} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Props} from '@theme/GraphPage';
import {neighbours, searchNodes} from '../../model/graphQueries';
import GraphDrawing from './GraphDrawing';
import PageList from './PageList';
import styles from './styles.module.css';

/** Search results listed under the box; the drawing lights every match. */
const RESULTS = 8;

export default function GraphPage({page: graph}: Props): ReactNode {
  const history = useHistory();
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchNodes(graph.nodes, query), [graph.nodes, query]);
  const highlighted = useMemo(() => (query.trim() === '' ? null : new Set(found)), [found, query]);
  const linked = useMemo(() => neighbours(graph.nodes.length, graph.edges), [graph]);
  const openNode = (index: number) => {
    const node = graph.nodes[index];
    if (node) history.push(node.id);
  };
  const pages = graph.nodes.length;
  const links = graph.edges.length;
  return (
    <Layout
      title="Map"
      description="The whole knowledge base as a map: every page, coloured by kind, and the links between them.">
      <main className={`container margin-vert--lg ${styles.graph}`}>
        <Heading as="h1">Map</Heading>
        <p className={styles.intro}>
          Every page of the knowledge base is a dot, coloured by its kind, and a line joins two pages when either links
          to the other: {pages} {pages === 1 ? 'page' : 'pages'} and {links} {links === 1 ? 'link' : 'links'}. Find a
          page by its title, or read <Link to="#graph-list">the same pages as a list</Link>.
        </p>
        {pages === 0 ? (
          <EmptySection what="pages" />
        ) : (
          <>
            <ul className={styles.legend} aria-label="Kinds of page">
              {graph.kinds.map((kind) => (
                <li key={kind.kind}>
                  <span
                    className={styles.swatch}
                    style={{background: `var(--graph-${kind.kind})`}}
                    aria-hidden="true"
                  />
                  {kind.label.many} ({kind.count})
                </li>
              ))}
            </ul>
            <form
              role="search"
              className={styles.search}
              onSubmit={(event) => {
                event.preventDefault();
                if (found[0] !== undefined) openNode(found[0]);
              }}>
              <label htmlFor="graph-search">Find a page</label>
              <input
                id="graph-search"
                type="search"
                value={query}
                autoComplete="off"
                placeholder="Title words, e.g. attention"
                onChange={(event) => setQuery(event.target.value)}
              />
            </form>
            <p className={styles.muted} aria-live="polite">
              {query.trim() === ''
                ? ''
                : found.length === 0
                  ? 'No page has these words in its title.'
                  : `${found.length} ${found.length === 1 ? 'page matches' : 'pages match'}, lit on the map${found.length > RESULTS ? `; the first ${RESULTS}:` : ':'}`}
            </p>
            {found.length > 0 ? (
              <ol className={styles.results} aria-label="Pages found">
                {found.slice(0, RESULTS).map((index) => {
                  const node = graph.nodes[index]!;
                  return (
                    <li key={node.id}>
                      <Link to={node.id}>{node.title}</Link>{' '}
                      <span className={styles.muted}>({graph.kinds[node.kind]?.label.one})</span>
                    </li>
                  );
                })}
              </ol>
            ) : null}
            <BrowserOnly fallback={<div className={styles.drawing} data-state="loading" />}>
              {() => <GraphDrawing graph={graph} highlighted={highlighted} onOpen={openNode} />}
            </BrowserOnly>
            <Heading as="h2" id="graph-list">
              Every page, as a list
            </Heading>
            <PageList graph={graph} linked={linked} />
          </>
        )}
      </main>
    </Layout>
  );
}
