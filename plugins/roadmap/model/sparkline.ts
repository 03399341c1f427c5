import {scaleLinear} from 'd3-scale';
import {line} from 'd3-shape';

/** Drawn at this size in CSS pixels: a trend beside a figure, not a chart to read values from. */
export const SPARK_WIDTH = 96;
export const SPARK_HEIGHT = 24;
const PAD = 3;

export interface Sparkline {
  width: number;
  height: number;
  values: number[];
  /** An SVG path through the values, oldest at the left, zero at the bottom. */
  path: string;
  /** The newest value's dot. */
  last: {x: number; y: number};
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A small trend line of `values` (at least one), scaled from zero to their maximum. */
export function sparkline(values: readonly number[]): Sparkline {
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range([PAD, SPARK_WIDTH - PAD]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...values)])
    .range([SPARK_HEIGHT - PAD, PAD]);
  const points = values.map((value, i) => ({x: round(x(i)), y: round(y(value))}));
  const path =
    line<{x: number; y: number}>()
      .x((p) => p.x)
      .y((p) => p.y)(points) ?? '';
  return {
    width: SPARK_WIDTH,
    height: SPARK_HEIGHT,
    values: [...values],
    path,
    last: points.at(-1) ?? {x: PAD, y: SPARK_HEIGHT - PAD},
  };
}
