import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import NoteCard from '@theme/NoteCard';
import ProgressBar from '@theme/ProgressBar';
import StatusMark from '@theme/StatusMark';
import type {Props} from '@theme/DetailCard';
import type {
  BenchmarkCardData,
  CourseCardData,
  FieldsCardData,
  ProjectCardData,
} from 'plugins/roadmap/model/detailCards';
import {topShare} from '../../model/topShare';
import styles from './styles.module.css';
import {plural} from '../../site/plural';

/** A date as the site writes dates, kept on one line; nothing when absent, so the field is left out. */
function day(date: string | undefined): ReactNode | undefined {
  return date === undefined ? undefined : <time dateTime={date}>{date}</time>;
}

function CourseCard({card}: {card: CourseCardData}): ReactNode {
  const {progress, pace} = card;
  const modules = `${progress.modulesDone} of ${plural(progress.modulesTotal, 'module')}`;
  return (
    <NoteCard
      label="Course"
      byline={
        <>
          <StatusMark status={card.status} /> {card.provider}
          {card.instructor ? ` · ${card.instructor}` : ''}
        </>
      }
      fields={[
        ['Phase', card.phase.title],
        ['Started', day(card.started)],
        ['Finished', day(card.finished)],
        // No pace to speak of until a module is done.
        ['Pace', pace && pace.modulesPerWeek > 0 ? `${plural(pace.modulesPerWeek, 'module')} a week` : undefined],
        ['Expected finish', day(pace?.expectedFinish)],
      ]}
      links={[['Course page', card.url]]}>
      {progress.modulesTotal > 0 ? (
        <>
          <p className={styles.progress}>
            <span>{modules} done</span>
            <ProgressBar percent={progress.percent} label={`Modules done: ${modules}`} />
          </p>
          <ol className={styles.modules} aria-label="Modules">
            {card.modules.map((module, i) => (
              <li key={i}>
                <div className={styles.module}>
                  <span>{module.title}</span>
                  <span className={styles.moduleStatus}>
                    <StatusMark status={module.status} />
                    {module.finished ? <> {day(module.finished)}</> : null}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </NoteCard>
  );
}

function ProjectCard({card}: {card: ProjectCardData}): ReactNode {
  return (
    <NoteCard
      label="Project"
      byline={
        <>
          <StatusMark status={card.status} /> {card.summary}
        </>
      }
      fields={[
        ['Domain', card.domain.title],
        ['Scale', card.scale === 'production' ? 'Production-grade' : 'Small'],
        ['Started', day(card.started)],
        ['Shipped', day(card.shipped)],
      ]}
      links={[
        ['Repository', card.repo],
        ['Demo', card.demo],
      ]}>
      {card.metrics.length > 0 ? (
        <dl className={styles.metrics} aria-label="Metrics">
          {card.metrics.map((metric) => (
            <div key={metric.name}>
              <dt>{metric.name}</dt>
              <dd>
                {metric.value.toLocaleString('en')}
                {metric.unit ? ` ${metric.unit}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {card.stack.length > 0 ? (
        <ul className={styles.stack} aria-label="Stack">
          {card.stack.map((tool) => (
            <li key={tool}>{tool}</li>
          ))}
        </ul>
      ) : null}
    </NoteCard>
  );
}

function BenchmarkCard({card}: {card: BenchmarkCardData}): ReactNode {
  const rank =
    card.rank === undefined
      ? undefined
      : card.entrants === undefined
        ? card.rank.toLocaleString('en')
        : `${card.rank.toLocaleString('en')} of ${plural(card.entrants, 'entrant')}`;
  return (
    <NoteCard
      label="Benchmark result"
      fields={[
        ['Event', card.event],
        ['Date', day(card.date)],
        ['Metric', card.metric],
        ['Score', card.score?.toLocaleString('en', {maximumFractionDigits: 6})],
        ['Rank', rank],
        ['Percentile', card.percentile === undefined ? undefined : topShare(card.percentile)],
        ['Project', card.project ? <Link to={card.project.permalink}>{card.project.title}</Link> : undefined],
      ]}
      links={[['Leaderboard or write-up', card.url]]}
    />
  );
}

/** A field's value as the site shows it: a date on one line, a number in the reader's digits. */
function value({value, as}: FieldsCardData['fields'][number]): ReactNode {
  if (as === 'date') return day(String(value));
  return typeof value === 'number' ? value.toLocaleString('en') : value;
}

/** The card of a kind that brings none of its own: its definition's fields, then its links. */
function FieldsCard({card}: {card: FieldsCardData}): ReactNode {
  return (
    <NoteCard
      label={card.label}
      fields={card.fields.map((field) => [field.label, value(field)] as const)}
      links={card.links.map((link) => [link.label, link.href] as const)}
    />
  );
}

/** The header of a page whose kind has a card: its data, computed from the validated model. */
export default function DetailCard({card}: Props): ReactNode {
  switch (card.kind) {
    case 'course':
      return <CourseCard card={card} />;
    case 'project':
      return <ProjectCard card={card} />;
    case 'benchmark':
      return <BenchmarkCard card={card} />;
    case 'fields':
      return <FieldsCard card={card} />;
  }
}
