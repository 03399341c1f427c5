import {spawn} from 'node:child_process';
import path from 'node:path';
import {CHROMIUM_FLAGS, chromiumPath} from '../harness/browser';

export interface LighthouseScores {
  route: string;
  /** 0 to 100, as Lighthouse shows them: the median run's. */
  performance: number;
  /** The performance score of every run, in order: total blocking time varies between runs. */
  performanceRuns?: number[];
  accessibility: number;
  /** Lighthouse's own display of the metrics behind the performance score. */
  metrics: Record<(typeof METRICS)[number], string>;
  /** The accessibility audits that failed, by id: why the score is not 100. */
  accessibilityFailures: string[];
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
] as const;

interface LighthouseReport {
  categories: Record<
    'performance' | 'accessibility',
    {score: number | null; auditRefs: {id: string; weight: number}[]}
  >;
  audits: Record<string, {score: number | null; displayValue?: string}>;
}

/**
 * Lighthouse's command line in plain Node, not its API under tsx: tsx's
 * transform adds helpers (`__name`) to the functions Lighthouse sends into the
 * page, where they do not exist.
 */
function runLighthouse(repoDir: string, url: string): Promise<LighthouseReport> {
  const cli = path.join(repoDir, 'node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    '--only-categories=performance,accessibility',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
  ];
  // chrome-launcher starts CHROME_PATH: Debian's Chromium, never a downloaded browser.
  const child = spawn(process.execPath, args, {env: {...process.env, CHROME_PATH: chromiumPath()}});
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as LighthouseReport)
        : reject(new Error(`lighthouse ${url} failed (${code}):\n${stderr.slice(-2000)}`)),
    ),
  );
}

/** Lighthouse's scores and metrics of one run. */
function scoresOf(route: string, {categories, audits}: LighthouseReport): LighthouseScores {
  return {
    route,
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    metrics: Object.fromEntries(
      METRICS.map((id) => [id, audits[id]?.displayValue ?? '?']),
    ) as LighthouseScores['metrics'],
    accessibilityFailures: categories.accessibility.auditRefs
      .filter(({id, weight}) => weight > 0 && (audits[id]?.score ?? 1) < 1)
      .map(({id}) => id),
  };
}

/**
 * Lighthouse's performance and accessibility scores of each route with its
 * default settings: a mid-range phone on a throttled connection, simulated.
 * Each route is run `runs` times; the run with the median performance score
 * is kept, with every run's score beside it.
 */
export async function lighthouseScores(
  repoDir: string,
  siteUrl: string,
  routes: readonly string[],
  runs = 3,
): Promise<LighthouseScores[]> {
  const scores: LighthouseScores[] = [];
  for (const route of routes) {
    const each: LighthouseScores[] = [];
    for (let run = 0; run < runs; run += 1) each.push(scoresOf(route, await runLighthouse(repoDir, siteUrl + route)));
    const median = [...each].sort((a, b) => a.performance - b.performance)[Math.floor(each.length / 2)]!;
    scores.push({...median, performanceRuns: each.map((one) => one.performance)});
  }
  return scores;
}
