import {Children, cloneElement, isValidElement, type ReactElement, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

const ROLES: Readonly<Record<string, string>> = {
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tfoot: 'rowgroup',
  tr: 'row',
  td: 'cell',
};

/**
 * The table's own elements with their ARIA roles written out. A table whose
 * rows are laid out as cards (display: block) loses its table semantics in
 * some browsers (WebKit with VoiceOver); explicit roles keep the headers
 * announced with each cell. Components inside cells are left alone.
 */
function withTableRoles(children: ReactNode): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement<{role?: string; scope?: string; children?: ReactNode}>(child)) return child;
    if (typeof child.type !== 'string') return child;
    const role = child.type === 'th' ? (child.props.scope === 'row' ? 'rowheader' : 'columnheader') : ROLES[child.type];
    if (role === undefined) return child;
    const element = child as ReactElement<{role?: string; children?: ReactNode}>;
    // Cells keep their content as it is; row groups and rows get their cells' roles.
    const inner =
      child.type === 'td' || child.type === 'th' ? child.props.children : withTableRoles(child.props.children);
    return cloneElement(element, {role}, inner);
  });
}

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
      {cards ? (
        <table role="table" className={clsx(styles.table, styles.cards, className)}>
          {withTableRoles(children)}
        </table>
      ) : (
        <table className={clsx(styles.table, className)}>{children}</table>
      )}
    </div>
  );
}
