import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {GraphPageData} from '../../model/graphPage';
import styles from './styles.module.css';

/** One page of the list, with its links behind a disclosure, rendered only once opened: 2,000 pages stay a light page. */
function PageItem({graph, index, linked}: {graph: GraphPageData; index: number; linked: readonly number[]}): ReactNode {
  const [open, setOpen] = useState(false);
  const node = graph.nodes[index]!;
  return (
    <li>
      <Link to={node.id}>{node.title}</Link>
      {linked.length > 0 ? (
        <details className={styles.linked} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            {linked.length} {linked.length === 1 ? 'link' : 'links'}
            <span className={styles.srOnly}> of {node.title}</span>
          </summary>
          {open ? (
            <ul>
              {linked.map((other) => (
                <li key={other}>
                  <Link to={graph.nodes[other]!.id}>{graph.nodes[other]!.title}</Link>{' '}
                  <span className={styles.muted}>({graph.kinds[graph.nodes[other]!.kind]?.label.one})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
    </li>
  );
}

/** The map as text, for the keyboard and screen readers: every page by kind, each with the pages it is linked with. */
export default function PageList({
  graph,
  linked,
}: {
  graph: GraphPageData;
  linked: readonly (readonly number[])[];
}): ReactNode {
  return (
    <div className={styles.list}>
      {graph.kinds.map((kind, kindIndex) => (
        <section key={kind.kind} aria-labelledby={`graph-kind-${kind.kind}`}>
          <Heading as="h3" id={`graph-kind-${kind.kind}`}>
            <span className={styles.swatch} style={{background: `var(--graph-${kind.kind})`}} aria-hidden="true" />
            {kind.label.many} ({kind.count})
          </Heading>
          <ul>
            {graph.nodes.map((node, index) =>
              node.kind === kindIndex ? (
                <PageItem key={node.id} graph={graph} index={index} linked={linked[index] ?? []} />
              ) : null,
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
