import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {trustedContent} from '../../trustedContent';

/** Path and size and mtime of every file in the content folders, to prove nothing was written. */
async function snapshot(siteDir: string): Promise<string[]> {
  const rows: string[] = [];
  for (const folder of ['docs', 'papers', 'blog', 'data']) {
    for (const file of await readdir(path.join(siteDir, folder), {recursive: true})) {
      const info = await stat(path.join(siteDir, folder, file));
      rows.push(`${folder}/${file} ${info.size} ${info.mtimeMs}`);
    }
  }
  return rows.sort();
}

it('a bad file fails the build with the message check prints, and nothing is written', {timeout: 300_000}, async () => {
  const site = await makeSiteWithPapers(REPO_DIR, 3);
  const paper = path.join(site, 'papers/synthetic-00001.md');
  await writeFile(paper, (await readFile(paper, 'utf8')).replace('status: read', 'status: red'));
  const course = path.join(site, 'docs/courses/fastai/index.md');
  await writeFile(course, (await readFile(course, 'utf8')).replace(/^phase: .*$/m, 'phase: foundation'));

  const {problems} = await checkSite(site, {today: new Date().toISOString().slice(0, 10)});
  const expected = problems.map(formatProblem);
  expect(expected).toEqual([
    expect.stringMatching(/^docs\/courses\/fastai\/index\.md:\d+ phase: unknown phase .* did you mean "foundations"\?$/),
    expect.stringMatching(/^papers\/synthetic-00001\.md:7 status: unknown value .*got "red"\) — did you mean "read"\?$/),
  ]);

  const before = await snapshot(site);
  const build = await buildSite(site);
  expect(build.code).not.toBe(0);
  for (const line of expected) expect(build.output).toContain(line);
  expect(await snapshot(site)).toEqual(before);
  expect(await readdir(build.outDir)).toEqual([]);
});

it('an .mdx file that trustedContent.ts does not list fails the build as it fails check', {timeout: 300_000}, async () => {
  const site = await makeSiteWithPapers(REPO_DIR, 1);
  await writeFile(path.join(site, 'docs/notes/demo.mdx'), '---\ntitle: Demo\n---\n\nexport const x = 1;\n\nHello.\n');
  const line = 'docs/notes/demo.mdx:1 file: MDX can run code';
  const {problems} = await checkSite(site, {today: new Date().toISOString().slice(0, 10)});
  expect(problems.map(formatProblem)[0]).toContain(line);

  const build = await buildSite(site);
  expect(build.code).not.toBe(0);
  expect(build.output).toContain(line);

  // The site's own pictures stay listed (trustedContent.ts).
  await writeFile(
    path.join(site, 'trustedContent.ts'),
    `export const trustedContent = ${JSON.stringify(['docs/notes/demo.mdx', ...trustedContent])};\n`,
  );
  const trusted = await buildSite(site);
  if (trusted.code !== 0) throw new Error(trusted.output);
});
