import type {ReactNode} from 'react';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {ViewOf} from '@theme/View';
import type {Props} from '@theme/BenchmarksPage';

export default function BenchmarksPage({page}: Props): ReactNode {
  return (
    <Layout title="Benchmarks" description="Benchmark runs and competition results, with rank and percentile.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Benchmarks and competitions</Heading>
        {page.view.rows.length === 0 ? <EmptySection what="benchmark results" /> : <ViewOf view={page.view} />}
      </main>
    </Layout>
  );
}
