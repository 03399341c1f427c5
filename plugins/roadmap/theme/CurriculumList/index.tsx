import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ProgressBar from '@theme/ProgressBar';
import StatusMark from '@theme/StatusMark';
import type {Props} from '@theme/CurriculumList';
import styles from './styles.module.css';

/** The courses of the roadmap under their phases, each with its status and modules done. */
export default function CurriculumList({curriculum}: Props): ReactNode {
  return (
    <div className={styles.curriculum}>
      {curriculum.phases.map((phase) => (
        <section key={phase.id} aria-labelledby={`phase-${phase.id}`}>
          <Heading as="h2" id={`phase-${phase.id}`}>
            {phase.title}
            {phase.window ? <span className={styles.window}> ({phase.window})</span> : null}
          </Heading>
          {phase.courses.length === 0 ? (
            <p>No course in this phase yet.</p>
          ) : (
            <ul className={styles.courses}>
              {phase.courses.map((course) => (
                <li key={course.permalink}>
                  <Link to={course.permalink} className={styles.title}>
                    {course.title}
                  </Link>
                  {course.focus ? <span className={styles.focus}>current focus</span> : null}
                  <span className={styles.meta}>
                    <StatusMark status={course.status} /> {course.provider}
                    {course.progress.modulesTotal > 0 ? (
                      <span className={styles.progress}>
                        {course.progress.modulesDone} of {course.progress.modulesTotal} modules
                        <ProgressBar
                          percent={course.progress.percent}
                          label={`${course.title}: ${course.progress.modulesDone} of ${course.progress.modulesTotal} modules done`}
                        />
                      </span>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
