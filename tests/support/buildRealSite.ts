import type {TestProject} from 'vitest/node';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the real site was built into, once per test run. */
    realSiteOutDir: string;
    /** The day the real site was built as of (ROADMAP_TODAY). */
    realSiteToday: string;
  }
}

export default async function buildRealSite(project: TestProject): Promise<void> {
  // Pinned, so that a run across midnight (UTC) cannot disagree with itself.
  const today = process.env.ROADMAP_TODAY || new Date().toISOString().slice(0, 10);
  const build = await buildSite(REPO_DIR, {ROADMAP_TODAY: today});
  if (build.code !== 0) throw new Error(`the site does not build:\n${build.output}`);
  console.log(`real site built in ${build.seconds.toFixed(1)} s into ${build.outDir}`);
  project.provide('realSiteOutDir', build.outDir);
  project.provide('realSiteToday', today);
}
