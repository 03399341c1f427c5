import type {ReactNode} from 'react';
import type {PaperCalendar as Calendar} from 'plugins/roadmap/model/paperCalendar';
import type {PaperLogPageData} from 'plugins/roadmap/model/paperLogPage';
import styles from './PaperCalendar.module.css';
import {plural} from '../../site/plural';

const LEFT = 30;
const TOP = 16;
const DAY_NAMES = [
  [0, 'Mon'],
  [2, 'Wed'],
  [4, 'Fri'],
] as const;

/** `start` plus `days`, as `YYYY-MM-DD` (UTC, so no time zone shifts it). */
function dayOf(start: string, days: number): string {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** One calendar drawn at its natural size: `cell` px squares, never scaled below a legible size. */
function CalendarSvg({calendar, cell, className}: {calendar: Calendar; cell: number; className?: string}): ReactNode {
  const step = cell + 3;
  const gridBottom = TOP + 7 * step;
  const width = LEFT + calendar.weeks * step;
  const height = gridBottom + 12;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={`Papers logged per day over the last ${calendar.weeks} weeks, from ${calendar.from}: ${plural(calendar.total, 'paper')}; the weekly target was met in ${plural(calendar.weeksMet, 'week')}.`}>
      {calendar.months.map((m) => (
        <text key={`${m.column}-${m.label}`} x={LEFT + m.column * step} y={11} className={styles.label}>
          {m.label}
        </text>
      ))}
      {DAY_NAMES.map(([row, name]) => (
        <text key={name} x={0} y={TOP + row * step + cell - 2} className={styles.label}>
          {name}
        </text>
      ))}
      {/* A group per week, so each of the ~480 squares carries only its row and shade. */}
      {calendar.columns.map((column, i) => (
        <g key={column.start} transform={`translate(${LEFT + i * step} ${TOP})`}>
          {column.counts.map((count, row) => (
            <rect
              key={row}
              y={row * step}
              width={cell}
              height={cell}
              // Shades 1 … 4; four papers or more share the darkest.
              data-level={count === 0 ? undefined : Math.min(4, count)}>
              {count > 0 ? <title>{`${dayOf(column.start, row)}: ${plural(count, 'paper')}`}</title> : null}
            </rect>
          ))}
        </g>
      ))}
      {/* The weekly streaks: one stripe under each run of weeks that met the target. */}
      {calendar.streaks.map((run) => (
        <rect
          key={run.first}
          x={LEFT + run.first * step}
          y={gridBottom + 3}
          width={(run.last - run.first) * step + cell}
          height={5}
          rx={2.5}
          className={run.current ? styles.currentStreak : styles.streak}>
          <title>{`${plural(run.last - run.first + 1, 'week')} in a row${run.current ? ' (current streak)' : ''}`}</title>
        </rect>
      ))}
    </svg>
  );
}

/**
 * The paper habit as a GitHub-style calendar: a day per square, a week per column, shaded by
 * papers logged that day. A phone gets the last 17 weeks instead of 52 (a media query picks
 * the SVG), so a square is never smaller than 12 px. The figures below say the same in words.
 */
export default function PaperCalendar({
  calendar,
  cadence,
}: {
  calendar: PaperLogPageData['calendar'];
  cadence: PaperLogPageData['cadence'];
}): ReactNode {
  return (
    <figure className={styles.calendar}>
      <CalendarSvg calendar={calendar.wide} cell={12} className={styles.wide} />
      <CalendarSvg calendar={calendar.narrow} cell={15} className={styles.narrow} />
      <p className={styles.legend} aria-hidden="true">
        <span>Papers a day:</span>
        {(['0', '1', '2', '3', '4+'] as const).map((label, level) => (
          <span key={label} className={styles.key}>
            <svg width={12} height={12} viewBox="0 0 12 12">
              <rect width={12} height={12} data-level={level === 0 ? undefined : level} />
            </svg>
            {label}
          </span>
        ))}
        <span className={styles.key}>
          <svg width={18} height={6} viewBox="0 0 18 6">
            <rect width={18} height={5} rx={2.5} className={styles.streak} />
          </svg>
          weeks in a row at the target
        </span>
        <span className={styles.key}>
          <svg width={18} height={6} viewBox="0 0 18 6">
            <rect width={18} height={5} rx={2.5} className={styles.currentStreak} />
          </svg>
          current streak
        </span>
      </p>
      <figcaption>
        <dl className={styles.streaks}>
          <div>
            <dt>This week</dt>
            <dd>
              {cadence.thisWeek} of {cadence.target}
            </dd>
          </div>
          <div>
            <dt>Current streak</dt>
            <dd>{plural(cadence.currentStreak, 'week')}</dd>
          </div>
          <div>
            <dt>Longest streak</dt>
            <dd>{plural(cadence.longestStreak, 'week')}</dd>
          </div>
          <div>
            <dt>Target met, last 52 weeks</dt>
            <dd>{plural(calendar.wide.weeksMet, 'week')}</dd>
          </div>
        </dl>
      </figcaption>
    </figure>
  );
}
