import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/SkillsPage';
import {HistoryLine, LevelBullet} from './SkillBars';
import styles from './styles.module.css';

export default function SkillsPage({page: skills}: Props): ReactNode {
  const levelName = (level: number) => `${skills.levels[level] ?? level} (${level})`;
  return (
    <Layout
      title="Skills"
      description="The skills matrix: self-assessed level, target, and the notes that show each skill in use.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Skills</Heading>
        <p>
          Levels: {skills.levels.map((name, i) => `${i} ${name}`).join(', ')}. Each skill's evidence is every note, of
          any kind, that lists it.
        </p>
        <p className={styles.summary}>
          <strong>{skills.atTarget}</strong> of {skills.total} skills are at their target.
        </p>
        <p className={styles.key} aria-hidden="true">
          <LevelBullet level={2} target={3} top={skills.top} />
          <span>
            one block per level, filled to the current level; the line marks the target. History: the level from the
            first self-assessment ({skills.historyAxis.from}) to today ({skills.historyAxis.today}), a dot per
            assessment.
          </span>
        </p>
        {skills.categories.map((category) => (
          <section key={category.id} aria-labelledby={`category-${category.id}`}>
            <Heading as="h2" id={`category-${category.id}`}>
              {category.title}
            </Heading>
            <WideTable className={styles.matrix} cards>
              <colgroup>
                <col className={styles.colSkill} />
                <col className={styles.colLevel} />
                <col className={styles.colHistory} />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Level and target</th>
                  <th scope="col">Self-assessed</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {category.skills.map((skill) => (
                  <tr key={skill.id} id={`skill-${skill.id}`}>
                    <th scope="row">{skill.title}</th>
                    <td data-label="Level" data-label-above="">
                      <LevelBullet level={skill.level} target={skill.target} top={skills.top} />
                      <div className={styles.levelText}>
                        {levelName(skill.level)}, target {levelName(skill.target)}
                        {skill.level >= skill.target ? <strong className={styles.reached}> ✓ at target</strong> : null}
                      </div>
                    </td>
                    <td data-label="Self-assessed" data-label-above="">
                      {skill.assessed.length === 0 ? (
                        'Not yet'
                      ) : (
                        <>
                          <HistoryLine
                            history={skill.history}
                            width={skills.historyAxis.width}
                            height={skills.historyAxis.height}
                          />
                          <ul className={styles.assessed}>
                            {skill.assessed.map((a) => (
                              <li key={a.date}>
                                <time dateTime={a.date}>{a.date}</time>: {skills.levels[a.level] ?? a.level}
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                    <td data-label="Evidence" data-label-above="">
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
