import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import TrendLine from '@theme/TrendLine';
import type {Props} from '@theme/RoadmapHome';
import styles from './styles.module.css';

type Trend = Props['page']['trends']['papers'];

/** A headline figure with its trend: a sparkline, and the same in words beneath it. */
function Figure({trend, children}: {trend: Trend; children: ReactNode}): ReactNode {
  return (
    <li className={styles.figure}>
      <span>{children}</span>
      <TrendLine trend={trend} />
    </li>
  );
}

function TlDr({home}: {home: Props['page']}): ReactNode {
  const {now} = home;
  const rows: {label: string; icon: string; value: ReactNode}[] = [
    {
      label: 'Current focus',
      icon: '📌',
      value: now.focus ? <Link to={now.focus.permalink}>{now.focus.title}</Link> : 'Not set',
    },
    {
      label: 'Active project',
      icon: '🧪',
      value: now.project ? <Link to={now.project.permalink}>{now.project.title}</Link> : 'None yet',
    },
    {label: 'Quarter goal', icon: '🎯', value: now.quarterGoal ?? 'Not set'},
    {label: 'This week', icon: '🗓️', value: now.thisWeek ?? 'Not set'},
  ];
  return (
    <section aria-labelledby="tldr" className={styles.card}>
      <Heading as="h2" id="tldr">
        TL;DR
      </Heading>
      <dl className={styles.tldr}>
        {rows.map((row) => (
          <div key={row.label} className={styles.tldrRow}>
            <dt>
              <span aria-hidden="true">{row.icon} </span>
              {row.label}
            </dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default function RoadmapHome({page: home}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout title="Home" description={home.vision}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">{siteConfig.title}</Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <ul className={styles.figures} aria-label="Headline figures">
            <Figure trend={home.trends.courses}>
              <strong>{home.courses.done}</strong> of {home.courses.total} courses done
              <span className={styles.aside}>
                {home.courses.inProgress} in progress, {home.courses.planned} planned
              </span>
            </Figure>
            <Figure trend={home.trends.papers}>
              <strong>{home.papersLogged}</strong> papers logged
            </Figure>
            <Figure trend={home.trends.streak}>
              <strong>{home.weeklyStreak}</strong>-week paper streak
            </Figure>
            <Figure trend={home.trends.projects}>
              <strong>{home.projectsShippedThisYear}</strong>
              {home.projectsShippedThisYear === 1 ? ' project' : ' projects'} shipped this year
            </Figure>
            <Figure trend={home.trends.cards}>
              <strong>{home.cardsWritten}</strong>
              {home.cardsWritten === 1 ? ' card' : ' cards'} written{' '}
              <Link className={styles.asideLink} to="/review">
                Review them
              </Link>
            </Figure>
          </ul>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <div className={styles.columns}>
          <TlDr home={home} />
          <section aria-labelledby="vision" className={styles.card}>
            <Heading as="h2" id="vision">
              Vision and rules
            </Heading>
            <p>{home.vision}</p>
            <ul>
              {home.rules.map((rule) => (
                <li key={rule.id}>{rule.text}</li>
              ))}
            </ul>
          </section>
        </div>

        <section aria-labelledby="domains" className="margin-vert--lg">
          <Heading as="h2" id="domains">
            Domains I am exploring
          </Heading>
          <ul className={styles.grid}>
            {home.domains.map((domain) => (
              <li key={domain.id} className={styles.card}>
                <strong>
                  {domain.icon ? <span aria-hidden="true">{domain.icon} </span> : null}
                  {domain.title}
                </strong>
                {domain.focus ? <p>{domain.focus}</p> : null}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="sections" className="margin-vert--lg">
          <Heading as="h2" id="sections">
            Sections
          </Heading>
          <ul className={styles.grid}>
            {home.sections.map((section) => (
              <li key={section.to} className={styles.card}>
                <Link to={section.to} className={styles.sectionLink}>
                  {section.title}
                </Link>
                <p>{section.text}</p>
              </li>
            ))}
          </ul>
        </section>

        <div className={styles.columns}>
          <section aria-labelledby="papers" className={styles.card}>
            <Heading as="h2" id="papers">
              Latest papers
            </Heading>
            {home.latestPapers.length === 0 ? (
              <p>No paper logged yet.</p>
            ) : (
              <ul>
                {home.latestPapers.map((paper) => (
                  <li key={paper.permalink}>
                    <time dateTime={paper.read}>{paper.read}</time> <Link to={paper.permalink}>{paper.title}</Link>
                    {paper.takeaway ? <span className={styles.muted}> — {paper.takeaway}</span> : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="posts" className={styles.card}>
            <Heading as="h2" id="posts">
              Latest writing
            </Heading>
            {home.latestPosts.length === 0 ? (
              <p>No post yet.</p>
            ) : (
              <ul>
                {home.latestPosts.map((post) => (
                  <li key={post.permalink}>
                    <time dateTime={post.date}>{post.date}</time> <Link to={post.permalink}>{post.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
