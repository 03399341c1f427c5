import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import EmptySection from '@theme/EmptySection';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import StatusMark from '@theme/StatusMark';
import type {Props} from '@theme/ProjectsPage';
import styles from './styles.module.css';

export default function ProjectsPage({page: projects}: Props): ReactNode {
  return (
    <Layout title="Projects" description="Production-grade and small projects, by domain.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Projects</Heading>
        <p>One production project a year, and two or three small ones, in the domains of the roadmap.</p>
        {projects.total === 0 ? <EmptySection what="projects" /> : null}
        {projects.domains.map((domain) => (
          <section key={domain.id} aria-labelledby={`domain-${domain.id}`}>
            <Heading as="h2" id={`domain-${domain.id}`}>
              {domain.icon ? <span aria-hidden="true">{domain.icon} </span> : null}
              {domain.title}
            </Heading>
            {domain.focus ? <p className={styles.muted}>{domain.focus}</p> : null}
            {domain.projects.length === 0 ? (
              <p className={styles.muted}>No project in this domain yet.</p>
            ) : (
              <ul className={styles.cards}>
                {domain.projects.map((project) => (
                  <li key={project.slug} className={styles.card}>
                    <Heading as="h3">
                      <Link to={project.permalink}>{project.title}</Link>
                    </Heading>
                    <p>{project.summary}</p>
                    <p>
                      <StatusMark status={project.status} /> <span className={styles.scale}>{project.scale}</span>
                      {project.shipped ? (
                        <>
                          {' '}
                          shipped <time dateTime={project.shipped}>{project.shipped}</time>
                        </>
                      ) : null}
                    </p>
                    {project.stack && project.stack.length > 0 ? (
                      <p className={styles.muted}>Stack: {project.stack.join(', ')}</p>
                    ) : null}
                    {project.metrics && project.metrics.length > 0 ? (
                      <ul className={styles.metrics}>
                        {project.metrics.map((m) => (
                          <li key={m.name}>
                            {m.name}: <strong>{m.value}</strong>
                            {m.unit ? ` ${m.unit}` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <p className={styles.links}>
                      {project.repo ? <Link href={project.repo}>Code</Link> : null}
                      {project.demo ? <Link href={project.demo}>Demo</Link> : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </main>
    </Layout>
  );
}
