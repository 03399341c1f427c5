import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {Props} from '@theme/NextExperimentsPage';
import styles from './styles.module.css';

export default function NextExperimentsPage({page: nextExperiments}: Props): ReactNode {
  const {experiments} = nextExperiments;
  return (
    <Layout title="Next experiments" description="The backlog of next experiments from the paper log.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Next experiments</Heading>
        <p>
          The backlog: the next experiment each paper suggested, newest paper first. Back to the{' '}
          <Link to="/papers">paper log</Link>.
        </p>
        {experiments.length === 0 ? (
          <p>No next experiment noted yet.</p>
        ) : (
          <ol className={styles.backlog}>
            {experiments.map((e) => (
              <li key={e.permalink}>
                <strong>{e.next}</strong>
                <div className={styles.source}>
                  from <Link to={e.permalink}>{e.paper}</Link>
                  {e.read ? (
                    <>
                      , logged <time dateTime={e.read}>{e.read}</time>
                    </>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </main>
    </Layout>
  );
}
