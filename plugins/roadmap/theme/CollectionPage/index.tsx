import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Props} from '@theme/CollectionPage';
import type {CollectionPageEntry} from 'plugins/roadmap/model/collectionPage';
import styles from './styles.module.css';

function Entries({entries}: {entries: readonly CollectionPageEntry[]}): ReactNode {
  return (
    <ul className={styles.entries}>
      {entries.map((entry) => (
        <li key={entry.slug} className={styles.entry}>
          {entry.date === undefined ? <span /> : <time dateTime={entry.date}>{entry.date}</time>}
          <div>
            <Link to={entry.permalink}>{entry.title}</Link>
            {entry.byline.length > 0 ? <div className={styles.muted}>{entry.byline.join(' · ')}</div> : null}
          </div>
          <div className={styles.links}>
            {entry.links.map((link) => (
              <Link key={link.label} href={link.href}>
                {link.label}
              </Link>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A kind's list page, as its definition's `listPage` says: each entry with its date, byline and links. */
export default function CollectionPage({page}: Props): ReactNode {
  const empty = page.groups.every((group) => group.entries.length === 0);
  return (
    <Layout title={page.title} description={page.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{page.title}</Heading>
        {empty ? (
          <EmptySection what={page.what} />
        ) : (
          page.groups.map((group) =>
            group.title === undefined ? (
              <Entries key="" entries={group.entries} />
            ) : (
              <section key={group.title}>
                <Heading as="h2">{group.title}</Heading>
                <Entries entries={group.entries} />
              </section>
            ),
          )
        )}
      </main>
    </Layout>
  );
}
