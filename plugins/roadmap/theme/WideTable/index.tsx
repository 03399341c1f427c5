import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * A full-width table. With `cards`, each row becomes a card (every cell as
 * "label: value", the label from the cell's `data-label`) wherever the table's
 * box is narrower than 48rem, so no column hides behind a sideways scroll;
 * without, the box scrolls sideways on a narrow screen.
 */
export default function WideTable({
  children,
  className,
  cards = false,
}: {
  children: ReactNode;
  className?: string;
  cards?: boolean;
}): ReactNode {
  return (
    <div className={clsx(styles.scroll, cards && styles.cardBox)}>
      <table className={clsx(styles.table, cards && styles.cards, className)}>{children}</table>
    </div>
  );
}
