import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/BenchmarksPage';
import {topShare} from '../../model/topShare';
import styles from './styles.module.css';

export default function BenchmarksPage({page: benchmarks}: Props): ReactNode {
  return (
    <Layout title="Benchmarks" description="Benchmark runs and competition results, with rank and percentile.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Benchmarks and competitions</Heading>
        {benchmarks.results.length === 0 ? (
          <EmptySection what="benchmark results" />
        ) : (
          <WideTable className={styles.results} cards>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Result</th>
                <th scope="col">Event</th>
                <th scope="col">Score</th>
                <th scope="col">Rank</th>
                <th scope="col">Percentile</th>
                <th scope="col">Project</th>
              </tr>
            </thead>
            <tbody>
              {benchmarks.results.map((b) => (
                <tr key={b.slug}>
                  <td data-label="Date">
                    <time dateTime={b.date}>{b.date}</time>
                  </td>
                  <th scope="row">
                    <Link to={b.permalink}>{b.title}</Link>
                  </th>
                  <td data-label="Event">{b.url ? <Link href={b.url}>{b.event}</Link> : b.event}</td>
                  <td data-label="Score" data-missing={b.score === undefined ? '' : undefined}>
                    {b.score ?? '—'}
                    {b.metric ? <span className={styles.muted}> {b.metric}</span> : null}
                  </td>
                  <td data-label="Rank" data-missing={b.rank === undefined ? '' : undefined}>
                    {b.rank === undefined ? '—' : `${b.rank}${b.entrants === undefined ? '' : ` of ${b.entrants}`}`}
                  </td>
                  <td data-label="Percentile" data-missing={b.percentile === undefined ? '' : undefined}>
                    {b.percentile === undefined ? '—' : topShare(b.percentile)}
                  </td>
                  <td data-label="Project" data-missing={b.projectPermalink ? undefined : ''}>
                    {b.projectPermalink ? <Link to={b.projectPermalink}>{b.projectTitle}</Link> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </WideTable>
        )}
      </main>
    </Layout>
  );
}
