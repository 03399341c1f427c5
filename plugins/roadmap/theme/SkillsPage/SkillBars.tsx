import type {ReactNode} from 'react';
import type {SkillHistory} from 'plugins/roadmap/model/skillHistory';
import styles from './styles.module.css';

const SEGMENT = 26;
const GAP = 3;
const HEIGHT = 14;

/**
 * A skill's level against its target: one block per level above "none", filled up to the
 * level, a tick at the target. Levels differ by a whole block, never by a shade, so 2 and 3
 * are as easy to tell apart in dark mode as in light. The text beside it says the same.
 */
export function LevelBullet({level, target, top}: {level: number; target: number; top: number}): ReactNode {
  const width = top * (SEGMENT + GAP) - GAP;
  const tick = target * (SEGMENT + GAP) - GAP / 2;
  return (
    <svg
      className={styles.bullet}
      width={width + 4}
      height={HEIGHT + 8}
      viewBox={`-2 -4 ${width + 4} ${HEIGHT + 8}`}
      aria-hidden="true">
      {Array.from({length: top}, (_, i) => (
        <rect
          key={i}
          x={i * (SEGMENT + GAP)}
          y={0}
          width={SEGMENT}
          height={HEIGHT}
          rx={2}
          className={i < level ? styles.filled : styles.empty}
        />
      ))}
      {target > 0 ? <line x1={tick} x2={tick} y1={-4} y2={HEIGHT + 4} className={styles.target} /> : null}
    </svg>
  );
}

/** The self-assessments as a step line on the page's shared time axis; a dot per assessment. */
export function HistoryLine({
  history,
  width,
  height,
}: {
  history: SkillHistory;
  width: number;
  height: number;
}): ReactNode {
  return (
    <svg className={styles.history} width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <line x1={0} x2={width} y1={height - 4} y2={height - 4} className={styles.baseline} />
      <path d={history.path} className={styles.step} />
      {history.points.map((p) => (
        <circle key={p.date} cx={p.x} cy={p.y} r={2.5} className={styles.dot} />
      ))}
    </svg>
  );
}
