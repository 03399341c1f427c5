import {spawn} from 'node:child_process';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

export const REPO_DIR = path.resolve(__dirname, '../..');
const DOCUSAURUS = path.join(REPO_DIR, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
  seconds: number;
}

/** Runs `docusaurus build` on a site folder into a fresh temporary folder. */
export async function buildSite(siteDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'roadmap-build-'));
  const started = performance.now();
  const child = spawn(process.execPath, [DOCUSAURUS, 'build', siteDir, '--out-dir', outDir], {
    cwd: siteDir,
    env: {...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1'},
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {code, output, outDir, seconds: (performance.now() - started) / 1000};
}
