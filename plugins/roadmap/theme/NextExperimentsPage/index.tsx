import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {ViewOf} from '@theme/View';
import type {Props} from '@theme/NextExperimentsPage';

export default function NextExperimentsPage({page}: Props): ReactNode {
  return (
    <Layout title="Next experiments" description="The backlog of next experiments from the paper log.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Next experiments</Heading>
        <p>
          The backlog: the next experiment each paper suggested, newest paper first. Back to the{' '}
          <Link to="/papers">paper log</Link>.
        </p>
        {page.view.rows.length === 0 ? <p>No next experiment noted yet.</p> : <ViewOf view={page.view} />}
      </main>
    </Layout>
  );
}
