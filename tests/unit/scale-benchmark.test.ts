import {describe, expect, it} from 'vitest';
import {niceCeiling, scaleChart} from '../../scripts/bench/scaleChart';
import {corpusShape} from '../../scripts/corpus/scaleSite';
import {checkGoals} from '../../scripts/bench/scaleGoals';
import {scaleReport} from '../../scripts/bench/scaleReport';
import type {ScaleRow} from '../../scripts/bench/scaleResults';

const download = (gzipBytes: number) => ({files: 5, bytes: gzipBytes * 3, gzipBytes});
const build = (seconds: number) => ({seconds, peakRssBytes: 1e9, outputBytes: 1e8, mainBundleGzipBytes: 150_000});

/** A measured row; `changes` overrides what a test is about. */
function row(papers: number, changes: Partial<ScaleRow> = {}): ScaleRow {
  return {
    papers,
    shape: corpusShape(papers),
    measuredOn: '2026-01-01',
    ours: build(100),
    plain: build(90),
    paperHtml: {bytes: 22_000, gzipBytes: 6_000},
    downloads: {'/': download(160_000), '/progress': download(165_000), '/papers': download(170_000 + papers * 30)},
    shown: {'/': 1, '/progress': 20 + papers / 100, '/papers': papers},
    firstSearch: null,
    checkSeconds: 2,
    ...changes,
  };
}

const verdicts = (rows: ScaleRow[]) => Object.fromEntries(checkGoals(rows).map((goal) => [goal.goal, goal.met]));

describe('the scale goals', () => {
  it('are met by builds within 1.25x, a constant small paper page and downloads that follow their data', () => {
    expect(Object.values(verdicts([row(500), row(2_000)]))).toEqual([true, true, true, true, true]);
  });

  it('fail when one size builds more than 1.25x slower than plain Docusaurus', () => {
    const goals = checkGoals([row(500), row(2_000, {ours: build(120), plain: build(90)})]);
    expect(goals[0]).toMatchObject({met: false, detail: '500: 1.11x, 2000: 1.33x'});
  });

  it('fail when a paper page grows with N, or passes 40 KB', () => {
    const growing = checkGoals([row(500), row(2_000, {paperHtml: {bytes: 26_000, gzipBytes: 7_000}})]);
    expect(growing[1]!.met).toBe(false);
    const large = checkGoals([row(500, {paperHtml: {bytes: 41_000, gzipBytes: 9_000}})]);
    expect(large[1]!.met).toBe(false);
  });

  it('fail when a page that shows the same data downloads more at a larger N', () => {
    const home = (gzipBytes: number) => ({'/': download(gzipBytes), '/progress': download(1), '/papers': download(1)});
    const goals = checkGoals([row(500, {downloads: home(160_000)}), row(10_000, {downloads: home(200_000)})]);
    expect(goals.find((goal) => goal.goal.startsWith('/:'))).toMatchObject({met: false});
  });

  it('leave the growth goals out when only one size was measured', () => {
    expect(checkGoals([row(500)]).map((goal) => goal.goal)).toHaveLength(2);
  });
});

describe('the scale chart', () => {
  it('rounds the y axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.3, 1, 1.5, 3, 7, 42, 180, 1_001].map(niceCeiling)).toEqual([1, 0.5, 1, 2, 5, 10, 50, 200, 2_000]);
  });

  it('draws each series left to right over N on a log scale, higher values higher up, skipping gaps', () => {
    const svg = scaleChart(
      [500, 2_000, 10_000],
      [{title: 'Build time', unit: 's', series: [{label: 'ours & co', colour: '#000', values: [10, null, 40]}]}],
    );
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('ours &amp; co');
    const points = svg
      .match(/<polyline [^>]*points="([^"]+)"/)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(2);
    const [[x1, y1], [x2, y2]] = points as [[number, number], [number, number]];
    expect(x2).toBeGreaterThan(x1);
    expect(y2).toBeLessThan(y1); // SVG's y grows downwards
    for (const label of ['500', '2,000', '10,000']) expect(svg).toContain(`>${label}</text>`);
  });
});

describe('the scale report', () => {
  it('sets /graph beside /papers where it was measured, and says so where it was not', () => {
    const graph = {
      download: download(250_000),
      libraryGzipBytes: 66_000,
      htmlGzipBytes: 40_000,
      settledMs: 2_400.4,
      layoutMs: 1_650.6,
      animatedSettledMs: 5_100,
      nodes: 2_100,
      edges: 0,
    };
    const report = scaleReport({machine: 'test', rows: [row(500), row(2_000, {graph})], lighthouse: null});
    const section = report.slice(report.indexOf('### `/graph`'), report.indexOf('## Goals'));
    expect(section).toContain(
      '| 2,000 | 2,100, 0 | 244.1 KB | 64.5 KB | 179.7 KB | 224.6 KB | 39.1 KB | 2,400 ms (1,651 ms) | 5,100 ms |',
    );
    expect(section).not.toContain('| 500 |');
    expect(scaleReport({machine: 'test', rows: [row(500)], lighthouse: null})).toContain(
      '### `/graph`\n\nNot measured yet.',
    );
  });
});
