import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import ProgressBar from '@theme/ProgressBar';
import StatusMark from '@theme/StatusMark';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/View';
import type {ViewCell, ViewData} from '../../model/viewData';
import styles from './styles.module.css';

/** One value, as the site shows values of its kind elsewhere. Text only: a view never renders HTML from a note. */
function Cell({cell}: {cell: ViewCell}): ReactNode {
  switch (cell.kind) {
    case 'link':
      return <Link to={cell.href}>{cell.text}</Link>;
    case 'date':
      return <time dateTime={cell.date}>{cell.date}</time>;
    case 'status':
      return <StatusMark status={cell.status} />;
    case 'list':
      return cell.items.join(', ');
    case 'percent':
      return <ProgressBar percent={cell.percent} label={cell.label} />;
    case 'missing':
      return '—';
    case 'text':
      return cell.text;
  }
}

function Table({view}: {view: ViewData}): ReactNode {
  return (
    <WideTable cards>
      <caption className={styles.caption} data-view-caption="">
        {view.caption}
      </caption>
      <thead>
        <tr>
          {view.columns.map((column) => (
            <th key={column.field} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.rows.map((row) => (
          <tr key={row.key} data-view-row="">
            {row.cells.map((cell, i) =>
              view.columns[i]!.field === 'title' ? (
                <th
                  key={view.columns[i]!.field}
                  scope="row"
                  data-label={view.columns[i]!.label}
                  data-view-cell={view.columns[i]!.label}>
                  <Cell cell={cell} />
                </th>
              ) : (
                <td
                  key={view.columns[i]!.field}
                  data-label={view.columns[i]!.label}
                  data-view-cell={view.columns[i]!.label}
                  data-missing={cell.kind === 'missing' ? '' : undefined}>
                  <Cell cell={cell} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}

/** The values of a row other than its title, as "label: value" (a card) or joined by " · " (a list). */
function Values({view, cells, labelled}: {view: ViewData; cells: readonly ViewCell[]; labelled: boolean}): ReactNode {
  const shown = cells.flatMap((cell, i) =>
    view.columns[i]!.field === 'title' || cell.kind === 'missing' ? [] : [{cell, label: view.columns[i]!.label}],
  );
  if (shown.length === 0) return null;
  if (labelled)
    return (
      <dl className={styles.fields}>
        {shown.map(({cell, label}) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-view-cell={label}>
              <Cell cell={cell} />
            </dd>
          </div>
        ))}
      </dl>
    );
  return (
    <span className={styles.muted}>
      {shown.map(({cell, label}, i) => (
        <span key={label}>
          {i === 0 ? ' — ' : ' · '}
          <span data-view-cell={label}>
            <Cell cell={cell} />
          </span>
        </span>
      ))}
    </span>
  );
}

function Rows({view}: {view: ViewData}): ReactNode {
  const title = view.columns.findIndex((column) => column.field === 'title');
  const cards = view.as === 'cards';
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption} data-view-caption="">
        {view.caption}
      </figcaption>
      <ul className={cards ? styles.cards : styles.list}>
        {view.rows.map((row) => (
          <li key={row.key} className={cards ? styles.card : undefined} data-view-row="">
            {cards ? (
              <p className={styles.cardTitle} data-view-cell={view.columns[title]!.label}>
                <Cell cell={row.cells[title]!} />
              </p>
            ) : (
              <span data-view-cell={view.columns[title]!.label}>
                <Cell cell={row.cells[title]!} />
              </span>
            )}
            <Values view={view} cells={row.cells} labelled={cards} />
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * A ```view block of a note, drawn from the rows the build computed: a table
 * whose rows become cards on a narrow screen, a list, or cards. Static: no
 * state, no effect, nothing that runs after the page loads. Left out of
 * search (the notes are found on their own pages); a feed reader gets it as
 * a plain table (emit/feedItemContent.ts).
 */
export default function View({views, index}: Props): ReactNode {
  const view = views[index];
  // Only under `npm start`, for the moment between an edit and the plugin's new rows (emit/remarkViews.ts).
  if (!view) return <p className={styles.empty}>Computing this view…</p>;
  return <ViewOf view={view} />;
}

/** One view, wherever it is drawn: a note's ```view block, or a list page the registry declares as a view. */
export function ViewOf({view}: {view: ViewData}): ReactNode {
  return (
    <div className={styles.view} data-view={view.as} data-pagefind-ignore="all">
      {view.rows.length === 0 ? (
        <p className={styles.empty}>{view.empty}</p>
      ) : view.as === 'table' ? (
        <Table view={view} />
      ) : (
        <Rows view={view} />
      )}
      {view.more ? (
        <p className={styles.more} data-view-more="">
          <Link to={view.more.href}>{view.more.label}</Link>
        </p>
      ) : null}
    </div>
  );
}
