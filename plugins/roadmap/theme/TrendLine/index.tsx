import type {ReactNode} from 'react';
import type {Trend} from '../../model/homeTrends';
import styles from './styles.module.css';

/** A trend beside a figure: a sparkline, and the same in words, which is what screen readers hear. */
export default function TrendLine({trend}: {trend: Trend}): ReactNode {
  return (
    <span className={styles.trend}>
      <svg width={trend.width} height={trend.height} viewBox={`0 0 ${trend.width} ${trend.height}`} aria-hidden="true">
        <line x1={0} x2={trend.width} y1={trend.height - 3} y2={trend.height - 3} className={styles.sparkBase} />
        <path d={trend.path} className={styles.spark} />
        <circle cx={trend.last.x} cy={trend.last.y} r={2.5} className={styles.sparkDot} />
      </svg>
      <span className={styles.trendText}>{trend.text}</span>
    </span>
  );
}
