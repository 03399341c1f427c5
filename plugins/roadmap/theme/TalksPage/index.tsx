import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Props} from '@theme/TalksPage';
import styles from './styles.module.css';

export default function TalksPage({talks}: Props): ReactNode {
  return (
    <Layout title="Talks" description="Talks, with their slides and videos.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Talks</Heading>
        {talks.talks.length === 0 ? (
          <EmptySection what="talks" />
        ) : (
          <ul className={styles.talks}>
            {talks.talks.map((talk) => (
              <li key={talk.slug} className={styles.talk}>
                <time dateTime={talk.date}>{talk.date}</time>
                <div>
                  <Link to={talk.permalink}>{talk.title}</Link>
                  <div className={styles.muted}>{talk.event}</div>
                </div>
                <div className={styles.links}>
                  {talk.slides ? <Link href={talk.slides}>Slides</Link> : null}
                  {talk.video ? <Link href={talk.video}>Video</Link> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </main>
    </Layout>
  );
}
