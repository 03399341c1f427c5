import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** A percentage as a bar that screen readers announce, with the number beside it. */
export default function ProgressBar({percent, label}: {percent: number; label: string}): ReactNode {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <span className={styles.wrapper}>
      <span
        className={styles.track}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}>
        <span className={styles.fill} style={{width: `${value}%`}} />
      </span>
      <span className={styles.value}>{value}%</span>
    </span>
  );
}
