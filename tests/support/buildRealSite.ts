import type {TestProject} from 'vitest/node';
import {buildSite, REPO_DIR} from './buildSite';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the real site was built into, once per test run. */
    realSiteOutDir: string;
  }
}

export default async function buildRealSite(project: TestProject): Promise<void> {
  const build = await buildSite(REPO_DIR);
  if (build.code !== 0) throw new Error(`the site does not build:\n${build.output}`);
  console.log(`real site built in ${build.seconds.toFixed(1)} s into ${build.outDir}`);
  project.provide('realSiteOutDir', build.outDir);
}
