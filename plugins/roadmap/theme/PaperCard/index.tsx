import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import CodeBlock from '@theme/CodeBlock';
import StatusMark from '@theme/StatusMark';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/PaperCard';
import styles from './styles.module.css';

function signed(gap: number): string {
  return gap > 0 ? `+${gap}` : gap < 0 ? `−${Math.abs(gap)}` : '0';
}

/** The header of a paper page: log fields, links, reproduction ledger and a copyable BibTeX entry. */
export default function PaperCard({card}: Props): ReactNode {
  const rows: [string, string | undefined][] = [
    ['Logged', card.read],
    ['What I reproduced', card.reproduced],
    ['Key takeaway', card.takeaway],
    ['Next experiment', card.next],
  ];
  return (
    <aside className={styles.card} aria-label="Paper log entry">
      <p className={styles.byline}>
        <StatusMark status={card.status} /> {card.authors.join(', ')} · {card.venue ? `${card.venue} ` : ''}
        {card.year}
      </p>
      <dl className={styles.fields}>
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {/* A paper logged without arXiv id, DOI or URL (a Google Scholar import) has none to show. */}
      {card.links.length > 0 ? (
        <p className={styles.links}>
          {card.links.map((link) => (
            <Link key={link.href} href={link.href}>
              {link.label}
            </Link>
          ))}
        </p>
      ) : null}
      {card.results.length > 0 ? (
        <WideTable className={styles.ledger}>
          <caption>Reproduction ledger</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Paper</th>
              <th scope="col">Mine</th>
              <th scope="col">Gap</th>
              <th scope="col">Setup</th>
            </tr>
          </thead>
          <tbody>
            {card.results.map((r) => (
              <tr key={`${r.metric}-${r.setup ?? ''}`}>
                <th scope="row">{r.metric}</th>
                <td>{r.paper}</td>
                <td>{r.mine}</td>
                <td>{signed(r.gap)}</td>
                <td>{r.setup ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      ) : null}
      <details className={styles.cite}>
        <summary>Cite</summary>
        <CodeBlock language="bibtex">{card.bibtex}</CodeBlock>
      </details>
    </aside>
  );
}
