import type {ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import NoteCard from '@theme/NoteCard';
import StatusMark from '@theme/StatusMark';
import type {Props} from '@theme/PaperCard';
import styles from './styles.module.css';

function signed(gap: number): string {
  return gap > 0 ? `+${gap}` : gap < 0 ? `−${Math.abs(gap)}` : '0';
}

/** `5.2%`, `12 ms`, `0.91`. */
function withUnit(value: string | number, unit: string | undefined): string {
  return unit === undefined ? String(value) : unit === '%' ? `${value}%` : `${value} ${unit}`;
}

const VERDICT = {
  better: {icon: '▲', text: 'better than the paper'},
  worse: {icon: '▼', text: 'worse than the paper'},
  equal: {icon: '=', text: 'same as the paper'},
} as const;

/** One number as a bar from zero, on the row's own scale (percentages of the cell). */
function Bar({zero, value, className}: {zero: number; value: number; className?: string}): ReactNode {
  return (
    <svg className={styles.bar} width="100%" height={10} aria-hidden="true">
      <rect
        x={`${Math.min(zero, value)}%`}
        width={`${Math.max(Math.abs(value - zero), 0.5)}%`}
        height={10}
        rx={2}
        className={className}
      />
    </svg>
  );
}

/**
 * The reproduction ledger: each result's paper number against mine as two bars from zero,
 * and the gap, marked better or worse in the metric's own direction by colour, icon and word.
 */
function Ledger({results}: {results: Props['card']['results']}): ReactNode {
  return (
    <table className={styles.ledger}>
      <caption>Reproduction ledger</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Paper and mine</th>
          <th scope="col">Gap</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={`${r.metric}-${r.setup ?? ''}`}>
            <th scope="row">
              {r.metric}
              <div className={styles.muted}>
                {r.better} is better{r.setup ? ` · ${r.setup}` : ''}
              </div>
            </th>
            <td>
              <div className={styles.pair}>
                <span>Paper</span>
                <Bar zero={r.bars.zero} value={r.bars.paper} className={styles.paperBar} />
                <span className={styles.number}>{withUnit(r.paper, r.unit)}</span>
                <span>Mine</span>
                <Bar zero={r.bars.zero} value={r.bars.mine} className={styles[r.verdict]} />
                <span className={styles.number}>{withUnit(r.mine, r.unit)}</span>
              </div>
            </td>
            <td className={styles[`gap-${r.verdict}`]}>
              <span aria-hidden="true">{VERDICT[r.verdict].icon} </span>
              {withUnit(signed(r.gap), r.unit)}
              <div>{VERDICT[r.verdict].text}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The header of a paper page: log fields, links, reproduction ledger and a copyable BibTeX entry. */
export default function PaperCard({card}: Props): ReactNode {
  return (
    <NoteCard
      label="Paper log entry"
      byline={
        <>
          <StatusMark status={card.status} /> {card.authors.join(', ')} · {card.venue ? `${card.venue} ` : ''}
          {card.year}
        </>
      }
      fields={[
        ['Logged', card.read],
        ['What I reproduced', card.reproduced],
        ['Key takeaway', card.takeaway],
        ['Next experiment', card.next],
      ]}
      longFields
      // A paper logged without arXiv id, DOI or URL (a Google Scholar import) has none to show.
      links={card.links.map((link) => [link.label, link.href] as const)}>
      {card.results.length > 0 ? <Ledger results={card.results} /> : null}
      <details className={styles.cite}>
        <summary>Cite</summary>
        <CodeBlock language="bibtex">{card.bibtex}</CodeBlock>
      </details>
    </NoteCard>
  );
}
