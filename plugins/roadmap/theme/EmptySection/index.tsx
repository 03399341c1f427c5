import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** What an empty list says: nothing yet, and where to read how to add the first one. */
export default function EmptySection({what, howTo}: {what: string; howTo: string}): ReactNode {
  return (
    <div className={styles.empty}>
      <p>{`No ${what} yet.`}</p>
      <p>
        <Link to={howTo}>How to add one</Link>
      </p>
    </div>
  );
}
