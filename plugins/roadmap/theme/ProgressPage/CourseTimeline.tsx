import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {CourseTimeline as Timeline, TimelineBar} from 'plugins/roadmap/model/courseTimeline';
import styles from './CourseTimeline.module.css';

const BAR_HEIGHT = 24;
const pct = (n: number) => `${n}%`;

/** What a bar shows, in words, for a screen reader (the bar itself is hidden from it). */
function barText(bar: TimelineBar): string {
  if (bar.status === 'done') return `started ${bar.start}, finished ${bar.end}`;
  if (bar.status === 'dropped') return `started ${bar.start}, dropped`;
  return bar.projectedEnd
    ? `started ${bar.start}, in progress; at the current pace it ends ${bar.projectedEnd}`
    : `started ${bar.start}, in progress; no module done yet, so no expected finish`;
}

/** Month lines and the today line, behind every bar, so the rows read as one chart. */
function Grid({timeline}: {timeline: Timeline}): ReactNode {
  return (
    <>
      {timeline.months.map((m) => (
        <line key={m.date} x1={pct(m.x)} x2={pct(m.x)} y1={0} y2={BAR_HEIGHT} className={styles.gridLine} />
      ))}
      <line x1={pct(timeline.today.x)} x2={pct(timeline.today.x)} y1={0} y2={BAR_HEIGHT} className={styles.todayLine} />
    </>
  );
}

/**
 * The curriculum as a roadmap: a lane per phase, a bar per course from its start to its
 * finish, or solid to today and dashed to the finish its pace implies. Positions are
 * percentages, so each SVG stretches to its row without scaling its text; course names
 * are HTML beside the bars (above them on a phone).
 */
export default function CourseTimeline({timeline}: {timeline: Timeline}): ReactNode {
  const todayAtRight = timeline.today.x > 80;
  return (
    <figure className={styles.timeline} aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className={styles.caption}>
        Each course runs from its start to its finish. A course in progress is solid up to today and dashed up to the
        finish its pace so far implies. The tables below give the same dates.
      </figcaption>
      <div className={styles.row} aria-hidden="true">
        <span />
        <svg className={styles.axis} width="100%" height={20}>
          {timeline.months.flatMap((m) =>
            (['wide', 'narrow'] as const).flatMap((screen) =>
              m[screen] === undefined
                ? []
                : [
                    <text key={`${m.date}-${screen}`} x={pct(m.x)} dx={3} y={14} className={styles[screen]}>
                      {m[screen]}
                    </text>,
                  ],
            ),
          )}
        </svg>
      </div>
      {timeline.lanes.map((lane) => (
        <div key={lane.id} className={styles.lane} role="group" aria-label={lane.title}>
          <p className={styles.laneTitle}>{lane.title}</p>
          {lane.bars.map((bar) => (
            <div key={bar.slug} className={styles.row}>
              <span className={styles.name}>
                <Link to={bar.permalink}>{bar.title}</Link>
                <span className={styles.visuallyHidden}>: {barText(bar)}.</span>
              </span>
              <svg className={styles.strip} width="100%" height={BAR_HEIGHT} aria-hidden="true">
                <Grid timeline={timeline} />
                <rect
                  x={pct(bar.x)}
                  y={5}
                  width={pct(Math.max(bar.width, 0.5))}
                  height={BAR_HEIGHT - 10}
                  rx={3}
                  className={styles[bar.status]}>
                  <title>{`${bar.title}: ${barText(bar)}`}</title>
                </rect>
                {bar.projectedWidth > 0 ? (
                  <rect
                    x={pct(bar.x + bar.width)}
                    y={5.5}
                    width={pct(bar.projectedWidth)}
                    height={BAR_HEIGHT - 11}
                    rx={3}
                    className={styles.projected}>
                    <title>{`${bar.title}: expected to finish ${bar.projectedEnd} at the current pace`}</title>
                  </rect>
                ) : null}
              </svg>
            </div>
          ))}
          {lane.bars.length === 0 ? <p className={styles.muted}>No course of this phase has started.</p> : null}
          {lane.bars.length > 0 && lane.undated.length > 0 ? (
            <p className={styles.muted}>Not started yet: {lane.undated.map((c) => c.title).join(', ')}.</p>
          ) : null}
        </div>
      ))}
      <div className={styles.row} aria-hidden="true">
        <span />
        <svg className={styles.axis} width="100%" height={18}>
          <text
            x={pct(timeline.today.x)}
            dx={todayAtRight ? -4 : 4}
            y={13}
            textAnchor={todayAtRight ? 'end' : 'start'}
            className={styles.todayLabel}>
            today, {timeline.today.date}
          </text>
          <line x1={pct(timeline.today.x)} x2={pct(timeline.today.x)} y1={0} y2={18} className={styles.todayLine} />
        </svg>
      </div>
      <p className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <svg width={24} height={12}>
            <rect width={24} height={12} rx={3} className={styles.done} />
          </svg>
          done
        </span>
        <span className={styles.key}>
          <svg width={24} height={12}>
            <rect width={24} height={12} rx={3} className={styles['in-progress']} />
          </svg>
          in progress, so far
        </span>
        <span className={styles.key}>
          <svg width={24} height={12}>
            <rect x={0.5} y={0.5} width={23} height={11} rx={3} className={styles.projected} />
          </svg>
          expected at the current pace
        </span>
        <span className={styles.key}>
          <svg width={24} height={12}>
            <rect width={24} height={12} rx={3} className={styles.dropped} />
          </svg>
          dropped (its bar ends where it stopped)
        </span>
        <span className={styles.key}>
          <svg width={10} height={14}>
            <line x1={5} x2={5} y1={0} y2={14} className={styles.todayLine} />
          </svg>
          today
        </span>
      </p>
    </figure>
  );
}
