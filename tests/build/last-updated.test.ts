import {execFileSync} from 'node:child_process';
import {mkdtemp, readFile, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR, type BuildResult} from '../../scripts/harness/buildSite';
import {commitAll, gitEnv} from '../../scripts/harness/scratchRepo';

let build: BuildResult;
const read = (file: string) => readFile(path.join(build.outDir, file), 'utf8');

/**
 * The site committed at a fixed date, one paper edited three months later,
 * then cloned afresh: the clone has only git's history to date each page.
 */
beforeAll(async () => {
  const origin = await makeSiteWithPapers(REPO_DIR, 2);
  // node_modules is a link to this repository's; it is not part of the site.
  await writeFile(path.join(origin, '.gitignore'), 'node_modules\n');
  commitAll(origin, 'the site', '2025-03-04T12:00:00Z');
  const paper = path.join(origin, 'papers/synthetic-00001.md');
  await writeFile(paper, `${await readFile(paper, 'utf8')}\nOne more line.\n`);
  commitAll(origin, 'edit one paper', '2025-06-07T12:00:00Z');

  const clone = path.join(await mkdtemp(path.join(tmpdir(), 'roadmap-clone-')), 'site');
  execFileSync('git', ['clone', '--quiet', origin, clone], {env: gitEnv()});
  await symlink(path.join(REPO_DIR, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  build = await buildSite(clone, {ROADMAP_TODAY: '2026-06-10'});
  if (build.code !== 0) throw new Error(build.output);
}, 600_000);

/** The "Last updated" date a page shows, as its machine-readable datetime and its text. */
function lastUpdated(html: string): {datetime: string; text: string} | undefined {
  const match = /<time\b[^>]*datetime="?([^"\s>]+)"?[^>]*>([^<]+)<\/time>/.exec(html);
  return match ? {datetime: match[1]!, text: match[2]!} : undefined;
}

it('a note in a fresh clone shows the date of the commit that last changed it', async () => {
  const html = await read('docs/notes/index.html');
  expect(html).toContain('Last updated');
  expect(lastUpdated(html)).toEqual({datetime: '2025-03-04T12:00:00.000Z', text: 'Mar 4, 2025'});
});

it('each page is dated by its own history, not the last commit of the repository', async () => {
  expect(lastUpdated(await read('papers/synthetic-00001/index.html'))).toEqual({
    datetime: '2025-06-07T12:00:00.000Z',
    text: 'Jun 7, 2025',
  });
  expect(lastUpdated(await read('papers/synthetic-00002/index.html'))).toEqual({
    datetime: '2025-03-04T12:00:00.000Z',
    text: 'Mar 4, 2025',
  });
});
