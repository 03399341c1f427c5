import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import TrendLine from '@theme/TrendLine';
import ProgressBar from '@theme/ProgressBar';
import StatusMark from '@theme/StatusMark';
import WideTable from '@theme/WideTable';
import type {Props} from '@theme/ProgressPage';
import type {CourseRow} from 'plugins/roadmap/model/courseRow';
import type {RuleStatus} from 'plugins/roadmap/model/progressPage';
import CourseTimeline from './CourseTimeline';
import styles from './styles.module.css';
import {plural} from '../../site/plural';

function RuleCard({rule}: {rule: RuleStatus}): ReactNode {
  return (
    <li className={styles.rule}>
      <p className={styles.ruleText}>{rule.text}</p>
      {rule.measure === 'papers' ? (
        <dl className={styles.figures}>
          <div>
            <dt>This week</dt>
            <dd>
              {rule.cadence.thisWeek} of {rule.cadence.target}
            </dd>
          </div>
          <div>
            <dt>Current streak</dt>
            <dd>{plural(rule.cadence.currentStreak, 'week')}</dd>
          </div>
          <div>
            <dt>Longest streak</dt>
            <dd>{plural(rule.cadence.longestStreak, 'week')}</dd>
          </div>
          <div>
            <dt>Missed this quarter</dt>
            <dd>
              {rule.cadence.weeksMissedThisQuarter} of {plural(rule.cadence.weeksThisQuarter, 'week')}
            </dd>
          </div>
        </dl>
      ) : rule.measure === 'projects' ? (
        <dl className={styles.figures}>
          <div>
            <dt>Production shipped in {rule.projects.year}</dt>
            <dd>
              {rule.projects.shipped.production} of {rule.projects.target.production}
              {rule.projects.active.production > 0 ? ` (${rule.projects.active.production} active)` : ''}
            </dd>
          </div>
          <div>
            <dt>Small shipped in {rule.projects.year}</dt>
            <dd>
              {rule.projects.shipped.small} of {rule.projects.target.smallMin}–{rule.projects.target.smallMax}
              {rule.projects.active.small > 0 ? ` (${rule.projects.active.small} active)` : ''}
            </dd>
          </div>
        </dl>
      ) : (
        <p className={styles.muted}>Not measured from the content.</p>
      )}
    </li>
  );
}

function CourseTable({courses}: {courses: CourseRow[]}): ReactNode {
  return (
    <WideTable className={styles.courses} cards>
      {/* Fixed widths, the same in every phase's table, so the columns line up down the page. */}
      <colgroup>
        <col className={styles.colCourse} />
        <col className={styles.colStatus} />
        <col className={styles.colModules} />
        <col className={styles.colDate} />
        <col className={styles.colDate} />
        <col className={styles.colPace} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Course</th>
          <th scope="col">Status</th>
          <th scope="col">Modules</th>
          <th scope="col">Started</th>
          <th scope="col">Finished</th>
          <th scope="col">Pace</th>
        </tr>
      </thead>
      <tbody>
        {courses.map((course) => (
          <tr key={course.slug}>
            <th scope="row">
              <Link to={course.permalink}>{course.title}</Link>
              <div className={styles.muted}>{course.provider}</div>
            </th>
            <td data-label="Status">
              <StatusMark status={course.status} />
            </td>
            <td data-label="Modules">
              {course.progress.modulesTotal > 0 ? (
                <>
                  <ProgressBar percent={course.progress.percent} label={`${course.title}: modules done`} />
                  <div className={styles.muted}>
                    {course.progress.modulesDone} of {plural(course.progress.modulesTotal, 'module')}
                  </div>
                </>
              ) : (
                <span className={styles.muted}>No modules listed</span>
              )}
            </td>
            <td data-label="Started" data-missing={course.started ? undefined : ''}>
              {course.started ? <time dateTime={course.started}>{course.started}</time> : '—'}
            </td>
            <td data-label="Finished" data-missing={course.finished ? undefined : ''}>
              {course.finished ? <time dateTime={course.finished}>{course.finished}</time> : '—'}
            </td>
            <td data-label="Pace" data-missing={course.pace ? undefined : ''}>
              {course.pace ? (
                course.pace.impliedFinish ? (
                  <>
                    {course.pace.modulesPerWeek} modules a week; done by{' '}
                    <time dateTime={course.pace.impliedFinish}>{course.pace.impliedFinish}</time>
                  </>
                ) : (
                  <>No module done yet after {plural(Math.floor(course.pace.weeksSoFar), 'week')}</>
                )
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}

export default function ProgressPage({page: progress}: Props): ReactNode {
  const {overall} = progress;
  return (
    <Layout
      title="Progress"
      description="The curriculum by phase, course progress, and how the rules of the roadmap are kept.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Progress</Heading>
        <p className={styles.summary}>
          <strong>{overall.done}</strong> of {plural(overall.total, 'course')} done,{' '}
          <strong>{overall.inProgress}</strong> in progress, <strong>{overall.planned}</strong> planned
          {overall.dropped > 0 ? `, ${overall.dropped} dropped` : ''}. As of{' '}
          <time dateTime={progress.today}>{progress.today}</time>.
        </p>
        <div className={styles.overall}>
          <p className={styles.overallLabel} id="overall-modules">
            Modules done across the curriculum: {overall.modulesDone} of {plural(overall.modulesTotal, 'module')} listed
            by the courses not dropped (a sum of modules, not an average of the courses' percentages).
          </p>
          <ProgressBar
            percent={overall.percent}
            label={`Modules done across the curriculum: ${overall.modulesDone} of ${overall.modulesTotal}`}
          />
        </div>

        <p className={styles.cards}>
          <span>
            <strong>{progress.cards.written}</strong> review {progress.cards.written === 1 ? 'card' : 'cards'} written
            in the notes. <Link to="/review">Review them</Link>.
          </span>
          <TrendLine trend={progress.cards.trend} />
        </p>

        <section aria-labelledby="timeline">
          <Heading as="h2" id="timeline">
            Timeline
          </Heading>
          <CourseTimeline timeline={progress.timeline} />
        </section>

        <section aria-labelledby="rules">
          <Heading as="h2" id="rules">
            Rules of the game
          </Heading>
          <ul className={styles.rules}>
            {progress.rules.map((rule) => (
              <RuleCard key={rule.id} rule={rule} />
            ))}
          </ul>
        </section>

        {progress.phases.map((phase) => (
          <section key={phase.id} aria-labelledby={`phase-${phase.id}`}>
            <Heading as="h2" id={`phase-${phase.id}`}>
              {phase.title} <span className={styles.window}>({phase.window})</span>
            </Heading>
            {phase.courses.length > 0 ? (
              <CourseTable courses={phase.courses} />
            ) : (
              <p className={styles.muted}>No course in this phase yet.</p>
            )}
          </section>
        ))}
        <p className={styles.legend}>
          Legend: <StatusMark status="done" /> <StatusMark status="in-progress" /> <StatusMark status="planned" />
        </p>
      </main>
    </Layout>
  );
}
