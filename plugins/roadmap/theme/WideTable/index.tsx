import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** A full-width table that scrolls sideways on a phone instead of overflowing the page. */
export default function WideTable({children, className}: {children: ReactNode; className?: string}): ReactNode {
  return (
    <div className={styles.scroll}>
      <table className={clsx(styles.table, className)}>{children}</table>
    </div>
  );
}
