import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Props} from '@theme/ChangelogPage';
import type {ChangeKind, ChangelogEvent} from 'plugins/roadmap/model/changelog';
import styles from './styles.module.css';

function Event({event, label}: {event: ChangelogEvent; label: string | undefined}): ReactNode {
  return (
    <li id={event.id} className={styles.event}>
      <time dateTime={event.date}>{event.date}</time>
      <span className={styles.kind}>{label}</span>
      <span>
        {event.permalink ? <Link to={event.permalink}>{event.text}</Link> : event.text}
        {event.description ? <span className={styles.detail}>{event.description}</span> : null}
      </span>
    </li>
  );
}

export default function ChangelogPage({page: changelog}: Props): ReactNode {
  const [hidden, setHidden] = useState<ReadonlySet<ChangeKind>>(new Set());
  const labels = new Map(changelog.kinds.map(({kind, label}) => [kind, label]));
  const counts = new Map<ChangeKind, number>();
  for (const month of changelog.months) {
    for (const e of month.events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  }
  const toggle = (kind: ChangeKind) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  const months = changelog.months
    .map((month) => ({...month, events: month.events.filter((e) => !hidden.has(e.kind))}))
    .filter((month) => month.events.length > 0);
  return (
    <Layout title="Changelog" description="Everything that happened on the roadmap, month by month.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Changelog</Heading>
        <p>
          Computed from the dates in the notes, with the roadmap's own changes. Follow it by{' '}
          <Link href="pathname:///changelog/rss.xml">RSS</Link> or{' '}
          <Link href="pathname:///changelog/atom.xml">Atom</Link>.
        </p>
        <div role="group" aria-label="Show kinds" className={styles.filters}>
          {changelog.kinds.map(({kind, label}) => (
            <button
              key={kind}
              type="button"
              className={styles.filter}
              aria-pressed={!hidden.has(kind)}
              onClick={() => toggle(kind)}>
              {label} <span className={styles.count}>{counts.get(kind) ?? 0}</span>
            </button>
          ))}
        </div>
        {changelog.upcoming.length > 0 ? (
          <section aria-labelledby="upcoming">
            <Heading as="h2" id="upcoming">
              Upcoming
            </Heading>
            <ul className={styles.events}>
              {changelog.upcoming
                .filter((e) => !hidden.has(e.kind))
                .map((e) => (
                  <Event key={e.id} event={e} label={labels.get(e.kind)} />
                ))}
            </ul>
          </section>
        ) : null}
        {months.length === 0 ? <p>Nothing to show for these kinds.</p> : null}
        {months.map((month) => (
          <section key={month.month} aria-labelledby={`month-${month.month}`}>
            <Heading as="h2" id={`month-${month.month}`}>
              {month.label}
            </Heading>
            <ul className={styles.events}>
              {month.events.map((e) => (
                <Event key={e.id} event={e} label={labels.get(e.kind)} />
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
