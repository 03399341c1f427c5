import type {ReactNode} from 'react';
import type {PaperQuery} from 'plugins/roadmap/paperSearch/paperQuery';
import type {FacetValue, PaperSearchResult} from 'plugins/roadmap/paperSearch/paperSearch';
import styles from './styles.module.css';

type ListFacet = 'status' | 'venue' | 'tag';

function Checkboxes({
  legend,
  facet,
  values,
  onToggle,
}: {
  legend: string;
  facet: ListFacet;
  values: FacetValue[];
  onToggle: (facet: ListFacet, value: string) => void;
}): ReactNode {
  if (values.length === 0) return null;
  return (
    <fieldset className={styles.facet}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v.value} className={styles.option}>
          <input type="checkbox" checked={v.selected} onChange={() => onToggle(facet, v.value)} />
          <span>{v.value}</span>
          <span className={styles.count}>{v.count}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Status, year range, venue, tags and "has results", each value with its count. */
export default function Facets({
  query,
  result,
  years,
  onChange,
}: {
  query: PaperQuery;
  result: PaperSearchResult;
  years: number[];
  onChange: (next: PaperQuery) => void;
}): ReactNode {
  const toggle = (facet: ListFacet, value: string) => {
    const current = query[facet];
    onChange({...query, [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value]});
  };
  const yearSelect = (label: string, key: 'yearFrom' | 'yearTo') => (
    <label className={styles.year}>
      {label}{' '}
      <select
        value={query[key] ?? ''}
        onChange={(event) => {
          const next = {...query};
          if (event.target.value === '') delete next[key];
          else next[key] = Number(event.target.value);
          onChange(next);
        }}>
        <option value="">any</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className={styles.facets} aria-label="Filters" role="group">
      <Checkboxes legend="Status" facet="status" values={result.facets.status} onToggle={toggle} />
      <fieldset className={styles.facet}>
        <legend>Year</legend>
        {yearSelect('from', 'yearFrom')}
        {yearSelect('to', 'yearTo')}
      </fieldset>
      <fieldset className={styles.facet}>
        <legend>Reproduction</legend>
        <label className={styles.option}>
          <input
            type="checkbox"
            checked={query.withResults}
            onChange={() => onChange({...query, withResults: !query.withResults})}
          />
          <span>has results</span>
          <span className={styles.count}>{result.withResultsCount}</span>
        </label>
      </fieldset>
      <Checkboxes legend="Venue" facet="venue" values={result.facets.venue} onToggle={toggle} />
      <Checkboxes legend="Tags" facet="tag" values={result.facets.tag} onToggle={toggle} />
    </div>
  );
}
