/**
 * benchmarks/scale.svg: build time and page weight against the number of
 * papers. A few lines of SVG written by hand, so the chart has no dependency
 * and its output is plain text that diffs.
 */
interface ChartSeries {
  label: string;
  colour: string;
  dashed?: boolean;
  /** One value per N; null where it was not measured. */
  values: (number | null)[];
}

interface ChartPanel {
  title: string;
  unit: string;
  series: ChartSeries[];
}

const PANEL_WIDTH = 420;
const PANEL_HEIGHT = 330;
const MARGIN = {left: 56, right: 32, top: 36, bottom: 60};
const LEGEND_LINE = 16;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A round upper bound for the y axis: 1, 2 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((bound) => bound >= value)!;
}

function panel(chart: ChartPanel, ns: readonly number[], offsetX: number, legendLines: number): string {
  const plotWidth = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  // Every panel keeps room for the longest legend, so that their plots line up.
  const plotHeight = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom - legendLines * LEGEND_LINE;
  // N on a log scale: 500, 2,000 and 10,000 would crowd the left of a linear one.
  const logs = ns.map((n) => Math.log10(n));
  const [low, high] = [Math.min(...logs), Math.max(...logs)];
  const x = (n: number) =>
    MARGIN.left + (high === low ? plotWidth / 2 : ((Math.log10(n) - low) / (high - low)) * plotWidth);
  const values = chart.series.flatMap((series) => series.values.filter((v): v is number => v !== null));
  const top = niceCeiling(Math.max(0, ...values));
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const parts: string[] = [
    `<text x="${MARGIN.left}" y="20" font-weight="bold">${escape(chart.title)} (${escape(chart.unit)})</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1].map((share) => share * top)) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#d0d7de"/>`,
      `<text x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${Number(tick.toPrecision(3))}</text>`,
    );
  }
  for (const n of ns) {
    parts.push(
      `<text x="${x(n)}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${n.toLocaleString('en')}</text>`,
    );
  }
  parts.push(
    `<text x="${MARGIN.left + plotWidth / 2}" y="${MARGIN.top + plotHeight + 36}" text-anchor="middle">papers (log scale)</text>`,
  );
  chart.series.forEach((series, index) => {
    const points = ns.flatMap((n, i) => {
      const value = series.values[i];
      return value === null || value === undefined ? [] : [`${x(n).toFixed(1)},${y(value).toFixed(1)}`];
    });
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    parts.push(
      `<polyline fill="none" stroke="${series.colour}" stroke-width="2"${dash} points="${points.join(' ')}"/>`,
      ...points.map((point) => {
        const [cx, cy] = point.split(',');
        return `<circle cx="${cx}" cy="${cy}" r="3" fill="${series.colour}"/>`;
      }),
    );
    const legendY = PANEL_HEIGHT - legendLines * LEGEND_LINE + index * LEGEND_LINE;
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + 24}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${series.colour}" stroke-width="2"${dash}/>`,
      `<text x="${MARGIN.left + 30}" y="${legendY}">${escape(series.label)}</text>`,
    );
  });
  return `<g transform="translate(${offsetX},0)">${parts.join('')}</g>`;
}

/** Side-by-side panels over the same Ns. */
export function scaleChart(ns: readonly number[], panels: readonly ChartPanel[]): string {
  const width = PANEL_WIDTH * panels.length;
  const legendLines = Math.max(...panels.map((chart) => chart.series.length));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${PANEL_HEIGHT}" viewBox="0 0 ${width} ${PANEL_HEIGHT}" font-family="sans-serif" font-size="12" fill="#1c1e21">`,
    // Opaque, so the chart reads the same on a dark page.
    `<rect width="${width}" height="${PANEL_HEIGHT}" fill="#ffffff"/>`,
    ...panels.map((chart, i) => panel(chart, ns, i * PANEL_WIDTH, legendLines)),
    '</svg>',
    '',
  ].join('\n');
}
