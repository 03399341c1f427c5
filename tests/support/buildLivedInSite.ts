import type {TestProject} from 'vitest/node';
import {LIVED_IN_TODAY, makeLivedInSite} from '../../scripts/corpus/livedInSite';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the lived-in fixture site (scripts/corpus/livedInSite.ts) was built into, once per run. */
    livedInOutDir: string;
  }
}

export default async function buildLivedInSite(project: TestProject): Promise<void> {
  const siteDir = await makeLivedInSite(REPO_DIR);
  const build = await buildSite(siteDir, {ROADMAP_TODAY: LIVED_IN_TODAY});
  if (build.code !== 0) throw new Error(`the lived-in site does not build:\n${build.output}`);
  console.log(`lived-in site built in ${build.seconds.toFixed(1)} s into ${build.outDir}`);
  project.provide('livedInOutDir', build.outDir);
}
