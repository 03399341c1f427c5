import {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * Filters beside the results on a wide screen; on a phone, folded behind a
 * "Filters" button so the results are not pushed below a long list of tags.
 * The fold is CSS only (no media query in script), so the server's HTML and
 * the first client render agree and nothing shifts when the page hydrates.
 */
export default function PhoneFilters({
  active,
  className,
  children,
}: {
  active: number;
  className?: string;
  children: ReactNode;
}): ReactNode {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className={clsx(styles.panel, className)} data-open={open}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {open ? 'Hide filters' : 'Filters'}
        {active > 0 ? ` (${active} on)` : ''}
      </button>
      <div id={id} className={styles.body}>
        {children}
      </div>
    </div>
  );
}
