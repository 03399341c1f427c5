import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

const PAGE_SIZE = 4096;

interface TimedBuild {
  seconds: number;
  /** The largest sum, over one sample, of the resident memory of the build and every process it started. */
  peakRssBytes: number;
  outDir: string;
  output: string;
}

/** The process and all its descendants, from /proc (Linux). */
function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) {
    try {
      // Any thread may start a process (worker threads do), so every task's children count.
      for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
        for (const child of readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').split(' ')) {
          if (child.trim()) tree.push(Number(child));
        }
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return tree;
}

function residentBytes(pid: number): number {
  try {
    // statm's second field: resident pages.
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/**
 * `docusaurus build` of `siteDir` into a fresh folder, timed (wall clock) and
 * with its peak memory sampled every 250 ms. The persistent bundler cache is
 * off so that every build starts cold, as on a fresh CI runner.
 */
export async function timedBuild(
  repoDir: string,
  siteDir: string,
  options: {config?: string; env?: Record<string, string>} = {},
): Promise<TimedBuild> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'scale-build-'));
  const docusaurus = path.join(repoDir, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const args = [
    docusaurus,
    'build',
    siteDir,
    '--out-dir',
    outDir,
    ...(options.config ? ['--config', options.config] : []),
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: siteDir,
    // The perf logger prints each phase's time into the output, for the build logs.
    env: {
      ...process.env,
      ...options.env,
      DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
      DOCUSAURUS_PERF_LOGGER: 'true',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const total = processTree(child.pid).reduce((sum, pid) => sum + residentBytes(pid), 0);
    peakRssBytes = Math.max(peakRssBytes, total);
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`docusaurus build of ${siteDir} failed (${code}):\n${output.slice(-4000)}`);
  return {seconds, peakRssBytes, outDir, output};
}
