import {scaleLinear, scaleUtc} from 'd3-scale';
import {curveStepAfter, line} from 'd3-shape';

/** The size of every skill's history line, in SVG user units (and CSS pixels: it is drawn at that size). */
export const HISTORY_WIDTH = 120;
export const HISTORY_HEIGHT = 32;
/** Room for the dots at the edges. */
const PAD = 4;

export interface SkillHistory {
  /** An SVG path: the level held from each self-assessment to the next, then to today. */
  path: string;
  /** One dot per self-assessment. */
  points: {x: number; y: number; date: string; level: number}[];
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A skill's self-assessments as a small step line on a time axis shared by every skill
 * (`from` … `today`), so the lines of one page can be compared; a level holds until the
 * next assessment, hence a step after each point. Assessments after today are left out.
 */
export function skillHistory(
  assessed: readonly {date: string; level: number}[],
  axis: {from: string; today: string; top: number},
): SkillHistory {
  const x = scaleUtc()
    .domain([utc(axis.from), utc(axis.today)])
    .range([PAD, HISTORY_WIDTH - PAD]);
  const y = scaleLinear()
    .domain([0, Math.max(1, axis.top)])
    .range([HISTORY_HEIGHT - PAD, PAD]);
  const points = assessed
    .filter((a) => a.date <= axis.today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((a) => ({x: round(x(utc(a.date))), y: round(y(a.level)), date: a.date, level: a.level}));
  const last = points.at(-1);
  const vertices = last === undefined ? [] : [...points, {...last, x: round(x(utc(axis.today)))}];
  const path =
    line<{x: number; y: number}>()
      .x((p) => p.x)
      .y((p) => p.y)
      .curve(curveStepAfter)(vertices) ?? '';
  return {path, points};
}
