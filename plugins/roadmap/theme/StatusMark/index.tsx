import type {ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** Statuses of courses, modules, projects and papers, as the seed's legend marked them. */
const MARKS: Record<string, {icon: string; label: string; tone: 'done' | 'active' | 'planned' | 'stopped'}> = {
  done: {icon: '✅', label: 'Done', tone: 'done'},
  'in-progress': {icon: '🔄', label: 'In progress', tone: 'active'},
  planned: {icon: '⏳', label: 'Planned', tone: 'planned'},
  dropped: {icon: '⏹', label: 'Dropped', tone: 'stopped'},
  active: {icon: '🔄', label: 'Active', tone: 'active'},
  shipped: {icon: '✅', label: 'Shipped', tone: 'done'},
  paused: {icon: '⏸', label: 'Paused', tone: 'stopped'},
  queued: {icon: '⏳', label: 'Queued', tone: 'planned'},
  read: {icon: '📖', label: 'Read', tone: 'active'},
  reproduced: {icon: '✅', label: 'Reproduced', tone: 'done'},
};

/** A status as text plus icon: the icon is decoration, the word carries the meaning. */
export default function StatusMark({status}: {status: string}): ReactNode {
  const mark = MARKS[status] ?? {icon: '', label: status, tone: 'planned' as const};
  return (
    <span className={clsx(styles.mark, styles[mark.tone])}>
      <span aria-hidden="true">{mark.icon} </span>
      {mark.label}
    </span>
  );
}
