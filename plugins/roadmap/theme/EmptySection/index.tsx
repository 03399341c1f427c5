import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** What an empty list tells a reader: nothing yet. How to add one is the author's business (CONTRIBUTING). */
export default function EmptySection({what}: {what: string}): ReactNode {
  return (
    <div className={styles.empty}>
      <p>{`No ${what} yet.`}</p>
    </div>
  );
}
