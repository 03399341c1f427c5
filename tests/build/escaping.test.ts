import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';

const TITLE = 'Attacks <img src=x onerror=alert(1)> & "quotes"';
const TAKEAWAY = '<script>alert("takeaway")</script>';

/** Quoted attribute values cannot open a tag; only what is outside them can. */
function outsideAttributeValues(html: string): string {
  return html.replaceAll(/=\s*"[^"]*"/g, '=""').replaceAll(/=\s*'[^']*'/g, "=''");
}

it('front-matter strings are rendered as text, never as HTML', {timeout: 300_000}, async () => {
  const site = await makeSiteWithPapers(REPO_DIR, 2);
  const paper = path.join(site, 'papers/synthetic-00001.md');
  const text = await readFile(paper, 'utf8');
  await writeFile(
    paper,
    text
      .replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`)
      .replace(/^takeaway: .*$/m, `takeaway: ${JSON.stringify(TAKEAWAY)}`),
  );
  const build = await buildSite(site);
  if (build.code !== 0) throw new Error(build.output);

  const home = await readFile(path.join(build.outDir, 'index.html'), 'utf8');
  const page = await readFile(path.join(build.outDir, 'papers/synthetic-00001/index.html'), 'utf8');
  for (const html of [home, page]) {
    expect(outsideAttributeValues(html)).not.toContain('<img src=x');
    expect(outsideAttributeValues(html)).not.toContain('<script>alert');
  }
  // The minifier escapes `<` (enough to stop a tag) and leaves `>` as is.
  expect(home).toContain('>Attacks &lt;img src=x onerror=alert(1)');
  expect(home).toContain('&lt;script>alert');
  expect(page).toMatch(/<title[^>]*>Attacks &lt;img src=x onerror=alert\(1\)(>|&gt;) (&amp;|&) /);
  const model = JSON.parse(await readFile(path.join(build.outDir, 'roadmap.json'), 'utf8'));
  expect(model.papers.find((p: {slug: string}) => p.slug === 'synthetic-00001').title).toBe(TITLE);
});
