import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/SkillsPage';
import HeatGrid from './HeatGrid';
import styles from './styles.module.css';

export default function SkillsPage({skills}: Props): ReactNode {
  const levelName = (level: number) => `${skills.levels[level] ?? level} (${level})`;
  return (
    <Layout
      title="Skills"
      description="The skills matrix: self-assessed level, target, and the notes that show each skill in use.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Skills</Heading>
        <p>
          Levels: {skills.levels.map((name, i) => `${i} ${name}`).join(', ')}. Each skill's evidence is every course,
          paper, project, benchmark, talk, post or note that lists it.
        </p>
        <HeatGrid skills={skills} />
        {skills.categories.map((category) => (
          <section key={category.id} aria-labelledby={`category-${category.id}`}>
            <Heading as="h2" id={`category-${category.id}`}>
              {category.title}
            </Heading>
            <WideTable className={styles.matrix}>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Level</th>
                  <th scope="col">Target</th>
                  <th scope="col">Assessed</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {category.skills.map((skill) => (
                  <tr key={skill.id} id={`skill-${skill.id}`}>
                    <th scope="row">{skill.title}</th>
                    <td>
                      {levelName(skill.level)}
                      {skill.level >= skill.target ? <span className={styles.reached}> at target</span> : null}
                    </td>
                    <td>{levelName(skill.target)}</td>
                    <td>
                      {skill.assessed.length === 0
                        ? 'Not yet'
                        : skill.assessed.map((a) => (
                            <div key={a.date}>
                              <time dateTime={a.date}>{a.date}</time>: {skills.levels[a.level] ?? a.level}
                            </div>
                          ))}
                    </td>
                    <td>
                      {skill.evidence.length === 0 ? (
                        <span className={styles.muted}>None yet</span>
                      ) : (
                        <details>
                          <summary>
                            {skill.evidence.length} (
                            {skill.evidenceCounts.map((c) => `${c.count} ${c.kind}`).join(', ')})
                          </summary>
                          <ul className={styles.evidence}>
                            {skill.evidence.map((e) => (
                              <li key={e.permalink}>
                                <span className={styles.kind}>{e.kind}</span> <Link to={e.permalink}>{e.title}</Link>
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </WideTable>
          </section>
        ))}
      </main>
    </Layout>
  );
}
