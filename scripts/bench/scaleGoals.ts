import {kb} from '../harness/kilobytes';
import {WEIGHED_ROUTES, type ScaleRow} from './scaleResults';

/** One goal of issue 8 and whether the measured rows meet it. */
interface GoalCheck {
  goal: string;
  met: boolean;
  detail: string;
}

const MAX_BUILD_RATIO = 1.25;
const MAX_PAPER_HTML_BYTES = 40 * 1024;
// A paper page may differ by a few bytes across sizes (a longer count somewhere); more means it grows.
const CONSTANT_TOLERANCE = 1.02;
// Downloads have a fixed part (the framework), so honest growth sits well under the data's; this absorbs noise only.
const GROWTH_TOLERANCE = 1.05;

export function buildRatio(row: ScaleRow): number {
  return row.ours.seconds / row.plain.seconds;
}

function buildTimeGoal(rows: readonly ScaleRow[]): GoalCheck {
  const ratios = rows.map((row) => `${row.papers}: ${buildRatio(row).toFixed(2)}x`);
  return {
    goal: `build time within ${MAX_BUILD_RATIO}x of plain Docusaurus at every N`,
    met: rows.every((row) => buildRatio(row) <= MAX_BUILD_RATIO),
    detail: ratios.join(', '),
  };
}

function paperPageGoal(rows: readonly ScaleRow[]): GoalCheck {
  const sizes = rows.map((row) => row.paperHtml.bytes);
  const smallest = Math.min(...sizes);
  const largest = Math.max(...sizes);
  return {
    goal: `a paper page's HTML constant in N and under ${kb(MAX_PAPER_HTML_BYTES)}`,
    met: largest < MAX_PAPER_HTML_BYTES && largest <= smallest * CONSTANT_TOLERANCE,
    detail: `${kb(smallest)} to ${kb(largest)}`,
  };
}

/**
 * Between the smallest and the largest N measured: how much each page's
 * gzipped download grew, against how much the data it shows grew (the
 * `shown` counts the run read from the build's roadmap.json).
 */
function downloadGoals(rows: readonly ScaleRow[]): GoalCheck[] {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  return WEIGHED_ROUTES.map((route) => {
    const growth = last.downloads[route].gzipBytes / first.downloads[route].gzipBytes;
    const dataGrowth = last.shown[route] / first.shown[route];
    return {
      goal: `${route}: download grows no faster than the data it shows`,
      met: growth <= dataGrowth * GROWTH_TOLERANCE,
      detail: `N ${first.papers} → ${last.papers}: download x${growth.toFixed(2)}, data shown x${dataGrowth.toFixed(2)}`,
    };
  });
}

/** Every goal, or none when fewer than two sizes were measured for the growth goals. */
export function checkGoals(rows: readonly ScaleRow[]): GoalCheck[] {
  if (rows.length === 0) return [];
  return [buildTimeGoal(rows), paperPageGoal(rows), ...(rows.length >= 2 ? downloadGoals(rows) : [])];
}
