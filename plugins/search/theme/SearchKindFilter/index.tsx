import type {ReactNode} from 'react';
import {SEARCH_KINDS, type SearchKind} from '../../../roadmap/site/searchKinds';
import styles from './styles.module.css';

export interface Props {
  kind?: SearchKind;
  onChange: (kind: SearchKind | undefined) => void;
  /** Results per kind for the current words, when known. */
  counts?: Record<string, number>;
  /** Radio groups need a name unique in the page. */
  name: string;
}

const LABEL: Record<SearchKind | 'all', string> = {all: 'All', note: 'Notes', paper: 'Papers', post: 'Posts'};

/** Narrow a search to notes, papers or posts: native radio buttons, so arrow keys move between them. */
export default function SearchKindFilter({kind, onChange, counts, name}: Props): ReactNode {
  const options: (SearchKind | 'all')[] = ['all', ...SEARCH_KINDS];
  return (
    <fieldset className={styles.kinds}>
      <legend className={styles.legend}>Show</legend>
      {options.map((option) => (
        <label key={option} className={styles.kind}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={(kind ?? 'all') === option}
            onChange={() => onChange(option === 'all' ? undefined : option)}
          />
          <span>
            {LABEL[option]}
            {option !== 'all' && counts ? ` (${counts[option] ?? 0})` : ''}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
