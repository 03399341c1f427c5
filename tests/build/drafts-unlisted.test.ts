import {readdir, readFile, writeFile, mkdir} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR, type BuildResult} from '../../scripts/harness/buildSite';

/** Words that appear nowhere else, so that a search of the whole build finds exactly these pages. */
const DRAFT_POST = 'Zanzibarquill draft post';
const DRAFT_NOTE = 'Quetzalmoss draft note';
const UNLISTED_POST = 'Obsidianfern unlisted post';
const UNLISTED_PAPER = 'Marzipanlynx unlisted paper';

const FILES: Record<string, string> = {
  'blog/2026-05-01-draft.md': `---\ntitle: ${DRAFT_POST}\ndraft: true\nskills: [pytorch]\n---\n\n${DRAFT_POST} body.\n`,
  'docs/notes/draft.md': `---\ntitle: ${DRAFT_NOTE}\ndraft: true\nskills: [pytorch]\n---\n\n${DRAFT_NOTE} body.\n`,
  'blog/2026-05-02-unlisted.md': `---\ntitle: ${UNLISTED_POST}\nunlisted: true\nskills: [pytorch]\n---\n\n${UNLISTED_POST} body.\n`,
  'papers/unlisted.md': `---
title: ${UNLISTED_PAPER}
authors: [Ada Lovelace]
year: 2024
url: https://example.org/unlisted-paper
status: read
read: 2026-05-04
takeaway: ${UNLISTED_PAPER} takeaway.
unlisted: true
skills: [pytorch]
---
`,
  // External links in the body and in URL fields, for the rel="noopener noreferrer" check.
  'docs/notes/links.md': `---\ntitle: Links\n---\n\nSee [the paper](https://arxiv.org/abs/1706.03762) and <https://example.org/autolink>.\n`,
  'docs/projects/triage.md': `---
title: Triage
summary: Triage from blood panels.
domain: healthcare
scale: small
status: active
started: 2026-01-10
repo: https://github.com/example/triage
demo: https://example.org/triage-demo
---
`,
  'docs/talks/meetup.md': `---
title: A meetup talk
event: Meetup
date: 2026-04-20
slides: https://example.org/slides.pdf
video: https://example.org/video
---
`,
  'docs/benchmarks/titanic.md': `---
title: Titanic
event: Kaggle
date: 2026-03-14
url: https://www.kaggle.com/c/titanic
---
`,
};

let build: BuildResult;

/** Every file of the build that contains `text`, relative to the build folder. */
async function filesContaining(text: string): Promise<string[]> {
  const entries = await readdir(build.outDir, {recursive: true, withFileTypes: true});
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || /\.(png|jpe?g|gif|ico|woff2?|ttf|eot|wasm)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await readFile(file, 'utf8')).includes(text)) found.push(path.relative(build.outDir, file));
  }
  return found.sort();
}

beforeAll(async () => {
  const site = await makeSiteWithPapers(REPO_DIR, 2);
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(site, file)), {recursive: true});
    await writeFile(path.join(site, file), text);
  }
  // A folder outside git: the build must not depend on history (last updated dates are left out).
  build = await buildSite(site, {ROADMAP_TODAY: '2026-06-10'});
  if (build.code !== 0) throw new Error(build.output);
});

describe('drafts and unlisted pages in a production build', () => {
  it('builds a site outside git without a git error', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.output).not.toMatch(/not a git repository|outside any git worktree/i);
  });

  it('outside git a page shows no "last updated" date rather than a wrong one', async () => {
    const html = await readFile(path.join(build.outDir, 'docs/notes/links/index.html'), 'utf8');
    expect(html).not.toContain('Last updated');
  });

  it.each([DRAFT_POST, DRAFT_NOTE])('a draft (%s) is in no file of the build', async (marker) => {
    expect(await filesContaining(marker)).toEqual([]);
  });

  it.each([
    [UNLISTED_POST, /^blog\/2026\/05\/02\/unlisted\/index\.html$/],
    [UNLISTED_PAPER, /^papers\/unlisted\/index\.html$/],
  ])('an unlisted page (%s) is built, and found only in its own page and code', async (marker, page) => {
    const files = await filesContaining(marker);
    expect(files.filter((file) => page.test(file))).toHaveLength(1);
    // Its page and the JavaScript chunk of its content; no list, feed, index or data file.
    expect(files.filter((file) => !page.test(file) && !/^assets\/js\/[\w.-]+\.js$/.test(file))).toEqual([]);
  });

  it('lists, feeds and data files hold neither, by name', async () => {
    const read = (file: string) => readFile(path.join(build.outDir, file), 'utf8');
    for (const file of [
      'blog/rss.xml',
      'blog/atom.xml',
      'blog/index.html',
      'blog/archive/index.html',
      'changelog/rss.xml',
      'changelog/atom.xml',
      'changelog/index.html',
      'roadmap.json',
      'papers.json',
      'papers.bib',
      'papers/index.html',
      'skills/index.html',
      'progress/index.html',
      'index.html',
      'sitemap.xml',
    ]) {
      const text = await read(file);
      for (const marker of [DRAFT_POST, DRAFT_NOTE, UNLISTED_POST, UNLISTED_PAPER]) expect(text, `${file}: ${marker}`).not.toContain(marker);
    }
    const model = JSON.parse(await read('roadmap.json')) as {posts: {slug: string}[]; papers: {slug: string}[]};
    expect(model.posts.map((p) => p.slug)).not.toContain('unlisted');
    expect(model.papers.map((p) => p.slug)).not.toContain('unlisted');
  });
});

describe('external links', () => {
  /** Every `<a>` to another host in the build that lacks rel="noopener noreferrer", with its file. */
  async function externalLinksWithoutRel(): Promise<string[]> {
    const entries = await readdir(build.outDir, {recursive: true, withFileTypes: true});
    const missing: string[] = [];
    for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.html'))) {
      // Docusaurus's "wrong baseUrl" banner is HTML inside a script string, shown only on a misconfigured host.
      const html = (await readFile(path.join(entry.parentPath, entry.name), 'utf8')).replace(
        /<script\b[\s\S]*?<\/script>/gi,
        '',
      );
      for (const [tag] of html.matchAll(/<a\b[^>]*\bhref=["']?https?:\/\/[^>]*>/gi)) {
        const rel = /\brel=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
        const words = (rel?.[1] ?? rel?.[2] ?? rel?.[3] ?? '').split(/\s+/);
        if (!words.includes('noopener') || !words.includes('noreferrer'))
          missing.push(`${path.relative(build.outDir, path.join(entry.parentPath, entry.name))}: ${tag}`);
      }
    }
    return missing;
  }

  it('open with rel="noopener noreferrer", in content and from front-matter URL fields', async () => {
    const read = (file: string) => readFile(path.join(build.outDir, file), 'utf8');
    // The links are there to be checked.
    expect(await read('docs/notes/links/index.html')).toMatch(/href="?https:\/\/arxiv\.org\/abs\/1706\.03762/);
    expect(await read('projects/index.html')).toContain('https://github.com/example/triage');
    expect(await read('talks/index.html')).toContain('https://example.org/slides.pdf');
    expect(await read('benchmarks/index.html')).toContain('https://www.kaggle.com/c/titanic');
    expect(await externalLinksWithoutRel()).toEqual([]);
  });
});
