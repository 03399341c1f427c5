import {scaleUtc} from 'd3-scale';
import {utcMonth} from 'd3-time';
import {addDays} from './calendar';
import type {CourseRow} from './courseRow';

/** A course on the timeline; `x…` are percentages of the chart's width, so the SVG can stretch without distorting text. */
export interface TimelineBar {
  slug: string;
  title: string;
  permalink: string;
  status: CourseRow['status'];
  start: string;
  /** Where the solid part ends: the finish date, or today for a course still running. */
  end: string;
  /** The finish the pace so far implies, when the course is still running and a module is done. */
  projectedEnd?: string;
  x: number;
  width: number;
  /** The dashed part from today to the projected finish (0 when there is none). */
  projectedWidth: number;
}

export interface TimelineMonth {
  date: string;
  x: number;
  /**
   * The label on a wide screen and on a phone, absent where that screen labels fewer months
   * (so labels never collide): `Oct`, or `Jan 2026` on a January and on the first label, so
   * every year shown is named.
   */
  wide?: string;
  narrow?: string;
}

export interface CourseTimeline {
  from: string;
  to: string;
  today: {date: string; x: number};
  months: TimelineMonth[];
  lanes: {id: string; title: string; bars: TimelineBar[]; undated: {slug: string; title: string}[]}[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Label steps that keep quarters and years aligned. */
const STEPS = [1, 2, 3, 6, 12];

const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** Every `step` months counted from January, the smallest step that leaves at most `most` labels. */
function labelStep(months: number, most: number): number {
  return STEPS.find((step) => months / step <= most) ?? 12;
}

/**
 * The curriculum as a roadmap: each phase a lane, each dated course a bar from its start to
 * its finish, or to today and then (dashed) to the finish its pace implies. The span runs
 * from the month of the first start to the month after the last end, today included.
 */
export function courseTimeline(
  phases: {id: string; title: string; courses: CourseRow[]}[],
  today: string,
): CourseTimeline {
  const dated = phases.flatMap((p) => p.courses).filter((c) => c.started !== undefined && c.started <= today);
  // A dropped course stops where it was dropped (its finished date, else its start), not at today.
  const endOf = (c: CourseRow) => c.finished ?? (c.status === 'dropped' ? c.started! : today);
  const dates = [today, ...dated.flatMap((c) => [c.started!, endOf(c), c.pace?.impliedFinish ?? today])].sort();
  const from = utcMonth.floor(utc(dates[0]!));
  // The month after the last date, so a bar ending on the 30th does not touch the edge.
  const to = utcMonth.offset(utcMonth.floor(utc(dates.at(-1)!)), 1);
  const x = scaleUtc().domain([from, to]).range([0, 100]);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const at = (date: string) => r2(x(utc(date)));
  // Widths from the unrounded positions, so a bar is as long as its own dates say.
  const span = (from: string, to: string) => r2(x(utc(to)) - x(utc(from)));

  const monthDates = utcMonth.range(from, to);
  const labels = (most: number) => {
    const step = labelStep(monthDates.length, most);
    const shown = monthDates.map((date) => date.getUTCMonth() % step === 0);
    const first = shown.indexOf(true);
    return monthDates.map((date, i) => {
      const month = date.getUTCMonth();
      if (!shown[i]) return undefined;
      return month === 0 || i === first ? `${MONTHS[month]} ${date.getUTCFullYear()}` : MONTHS[month]!;
    });
  };
  const wide = labels(14);
  const narrow = labels(6);
  const months = monthDates.map((date, i): TimelineMonth => ({
    date: iso(date),
    x: at(iso(date)),
    ...(wide[i] === undefined ? {} : {wide: wide[i]}),
    ...(narrow[i] === undefined ? {} : {narrow: narrow[i]}),
  }));

  const bar = (c: CourseRow): TimelineBar => {
    const start = c.started!;
    // A finished date before the start would be a validation error; a same-day course still gets a visible day.
    const end = endOf(c) > start ? endOf(c) : addDays(start, 1);
    const projectedEnd = c.finished === undefined ? c.pace?.impliedFinish : undefined;
    const projected = projectedEnd !== undefined && projectedEnd > end ? projectedEnd : undefined;
    return {
      slug: c.slug,
      title: c.title,
      permalink: c.permalink,
      status: c.status,
      start,
      end: endOf(c),
      ...(projected === undefined ? {} : {projectedEnd: projected}),
      x: at(start),
      width: span(start, end),
      projectedWidth: projected === undefined ? 0 : span(end, projected),
    };
  };

  return {
    from: iso(from),
    to: iso(to),
    today: {date: today, x: at(today)},
    months,
    lanes: phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      bars: phase.courses.filter((c) => c.started !== undefined && c.started <= today).map(bar),
      undated: phase.courses
        .filter((c) => c.started === undefined || c.started > today)
        .map(({slug, title}) => ({slug, title})),
    })),
  };
}
