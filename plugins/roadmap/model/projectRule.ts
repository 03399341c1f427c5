import type {ProjectSummary, RoadmapModel} from './roadmapModel';

export interface ProjectYear {
  year: number;
  /** Shipped this calendar year, by scale. */
  shipped: {production: number; small: number};
  /** Active now, by scale. */
  active: {production: number; small: number};
  /** What the rule asks for a year. */
  target: {production: number; smallMin: number; smallMax: number};
}

/** "One production project per year + 2–3 small projects", measured on this year's projects. */
export function projectYear(
  projects: readonly Pick<ProjectSummary, 'scale' | 'status' | 'shipped'>[],
  today: string,
  target: ProjectYear['target'],
): ProjectYear {
  const year = today.slice(0, 4);
  const count = (test: (p: (typeof projects)[number]) => boolean, scale: 'production' | 'small') =>
    projects.filter((p) => p.scale === scale && test(p)).length;
  const shippedThisYear = (p: (typeof projects)[number]) =>
    p.status === 'shipped' && p.shipped !== undefined && p.shipped.startsWith(year) && p.shipped <= today;
  const active = (p: (typeof projects)[number]) => p.status === 'active';
  return {
    year: Number(year),
    shipped: {production: count(shippedThisYear, 'production'), small: count(shippedThisYear, 'small')},
    active: {production: count(active, 'production'), small: count(active, 'small')},
    target,
  };
}

/** The rule's target for a year, from a rule's `target` of data/roadmap.yml (0 where it says nothing). */
export function projectTarget(target: RoadmapModel['rules'][number]['target']): ProjectYear['target'] {
  return {
    production: target?.production_per_year ?? 0,
    smallMin: target?.small_per_year?.min ?? 0,
    smallMax: target?.small_per_year?.max ?? 0,
  };
}
