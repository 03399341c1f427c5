import type {ReactNode} from 'react';
import type {WeeklyCadence} from 'plugins/roadmap/model/weeklyCadence';
import styles from './styles.module.css';

const CELL = 14;
const GAP = 3;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Papers logged per ISO week over the last 52 weeks against the weekly target,
 * like GitHub's contribution graph. The figures beside it say the same in words.
 */
export default function CadenceHeatmap({cadence}: {cadence: WeeklyCadence}): ReactNode {
  const width = cadence.weeks.length * (CELL + GAP);
  const met = cadence.weeks.filter((w) => w.count >= cadence.target).length;
  return (
    <figure className={styles.cadence}>
      <svg
        viewBox={`0 0 ${width} ${CELL + 2}`}
        width={width}
        height={CELL + 2}
        role="img"
        aria-label={`Papers per week over the last 52 weeks: the target of ${cadence.target} was met in ${plural(met, 'week')}.`}>
        {cadence.weeks.map((week, i) => (
          <rect
            key={week.start}
            x={i * (CELL + GAP)}
            y={1}
            width={CELL}
            height={CELL}
            rx={3}
            className={week.count === 0 ? styles.none : week.count >= cadence.target ? styles.met : styles.some}>
            <title>{`${week.label} (from ${week.start}): ${plural(week.count, 'paper')}`}</title>
          </rect>
        ))}
      </svg>
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
            <dd>{plural(met, 'week')}</dd>
          </div>
        </dl>
      </figcaption>
    </figure>
  );
}
