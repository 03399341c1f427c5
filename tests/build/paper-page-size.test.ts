import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {visibleText} from '../support/visibleText';

const PAGE = 'papers/synthetic-00001/index.html';

async function buildWithPapers(papers: number): Promise<{pageBytes: number; paperLog: string}> {
  const site = await makeSiteWithPapers(REPO_DIR, papers);
  const build = await buildSite(site);
  if (build.code !== 0) throw new Error(`build of ${papers} papers failed:\n${build.output}`);
  console.log(`${papers} papers built in ${build.seconds.toFixed(1)} s`);
  return {
    pageBytes: (await readFile(path.join(build.outDir, PAGE))).byteLength,
    paperLog: await readFile(path.join(build.outDir, 'papers/index.html'), 'utf8'),
  };
}

// Papers have no sidebar: a page that listed every paper would grow with the log.
it('a paper page does not grow with the number of papers', {timeout: 600_000}, async () => {
  const {pageBytes: small} = await buildWithPapers(10);
  const {pageBytes: large, paperLog} = await buildWithPapers(200);
  console.log(`one paper page: ${small} bytes with 10 papers, ${large} bytes with 200`);
  expect(small).toBeGreaterThan(10_000);
  expect(Math.abs(large - small)).toBeLessThan(small * 0.02);
  expect(large).toBeLessThan(40_000);
  // The paper log renders its first 100 rows; the rest come a hundred at a time.
  expect(paperLog.match(/<tr/g)?.length).toBe(101);
  expect(visibleText(paperLog)).toContain('Show 100 more of 100');
});
