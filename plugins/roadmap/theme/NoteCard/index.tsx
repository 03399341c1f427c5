import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type {Props} from '@theme/NoteCard';
import styles from './styles.module.css';

/**
 * The frame every card that opens a page shares (a paper's, a course's, a
 * project's …): a line that says what it is, its fields as label and value
 * (an absent value leaves its field out rather than show a dash), its links,
 * then whatever is the card's own.
 */
export default function NoteCard({label, byline, fields, longFields = false, links = [], children}: Props): ReactNode {
  const shownFields = fields.filter(([, value]) => value !== undefined && value !== null);
  const shownLinks = links.filter((link): link is [string, string] => link[1] !== undefined);
  return (
    <section className={styles.card} aria-label={label}>
      {byline ? <p className={styles.byline}>{byline}</p> : null}
      {shownFields.length > 0 ? (
        <dl className={clsx(styles.fields, longFields && styles.longFields)}>
          {shownFields.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {shownLinks.length > 0 ? (
        <p className={styles.links}>
          {shownLinks.map(([name, href]) => (
            <Link key={href} href={href}>
              {name}
            </Link>
          ))}
        </p>
      ) : null}
      {children}
    </section>
  );
}
