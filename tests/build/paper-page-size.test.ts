import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/bench/corpus';
import {buildSite, REPO_DIR} from '../support/buildSite';

const PAGE = 'papers/synthetic-00001/index.html';

async function paperPageBytes(papers: number): Promise<number> {
  const site = await makeSiteWithPapers(REPO_DIR, papers);
  const build = await buildSite(site);
  if (build.code !== 0) throw new Error(`build of ${papers} papers failed:\n${build.output}`);
  console.log(`${papers} papers built in ${build.seconds.toFixed(1)} s`);
  return (await readFile(path.join(build.outDir, PAGE))).byteLength;
}

// Papers have no sidebar: a page that listed every paper would grow with the log.
it('a paper page does not grow with the number of papers', {timeout: 600_000}, async () => {
  const small = await paperPageBytes(10);
  const large = await paperPageBytes(200);
  console.log(`one paper page: ${small} bytes with 10 papers, ${large} bytes with 200`);
  expect(small).toBeGreaterThan(10_000);
  expect(Math.abs(large - small)).toBeLessThan(small * 0.02);
  expect(large).toBeLessThan(40_000);
});
