import {readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';

/**
 * Each input that used to pass `check` and then stop the build (often with no
 * file named) goes through both: both must refuse it, naming the file, and
 * the build with check's very line. Check runs per case; the builds are
 * shared where they can be (see the last test), each adding or replacing the
 * files of its cases in one small copy of the site and putting them back; a
 * refused build stops while loading the content, in a few seconds, before
 * anything is bundled.
 */
const TODAY = '2026-11-25';
const PAPER = 'papers/synthetic-00001.md';

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  /** The file both must name. */
  file: string;
  /**
   * What the build names it by, where Docusaurus stops before our plugin
   * does and says it its own way; otherwise the build prints check's line.
   */
  buildNames?: string;
}

const note = (frontMatter: string, body = 'Text.\n') => `---\ntitle: A note\n${frontMatter}\n---\n\n${body}`;
/** XHTML in an XML file: served as application/xml, its script runs when the file is opened. */
const XHTML = '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(document.domain)</script></html>\n';

const CASES: Case[] = [
  {
    name: 'a post date-time at hour 24',
    files: {'blog/2025-10-02-late.md': '---\ntitle: Late\ndate: 2025-10-01T24:00:00Z\n---\n\nText.\n'},
    file: 'blog/2025-10-02-late.md',
  },
  {
    name: 'two notes with one slug',
    files: {'docs/notes/a.md': note('slug: /same'), 'docs/notes/b.md': note('slug: /same')},
    file: 'docs/notes/b.md',
  },
  {
    name: 'a paper at the address of a generated page',
    files: {'papers/next-paper.md': '---\ntitle: N\nauthors: [A B]\nyear: 2017\nurl: https://example.org/x\nstatus: queued\nslug: /next\n---\n'},
    file: 'papers/next-paper.md',
  },
  {name: 'a tag "]]>"', files: {'docs/notes/tag.md': note('tags: ["]]>"]')}, file: 'docs/notes/tag.md'},
  {
    name: 'pagination_next to no doc',
    files: {'docs/notes/pag.md': note('pagination_next: notes/nope')},
    file: 'docs/notes/pag.md',
    // Docusaurus's docs plugin stops before any other plugin sees the content, naming the doc by its id.
    buildNames: 'notes/pag in notes: the pagination_next front matter points to a non-existent ID notes/nope',
  },
  {
    name: 'pagination_prev to no doc',
    files: {'docs/notes/pag.md': note('pagination_prev: nope')},
    file: 'docs/notes/pag.md',
    buildNames: 'notes/pag in notes: the pagination_prev front matter points to a non-existent ID nope',
  },
  {
    name: 'an impossible last_update date',
    files: {'docs/notes/upd.md': note('last_update:\n  date: 2025-02-30')},
    file: 'docs/notes/upd.md',
  },
  {
    name: 'one arXiv id in two paper notes',
    files: {'papers/again.md': '---\ntitle: Again\nauthors: [A B]\nyear: 2016\narxiv: "1601.00001v2"\nstatus: queued\n---\n'},
    // The note that comes first in file order keeps the id; the other is reported.
    file: PAPER,
  },
  {
    name: 'an alias bomb',
    files: {
      'docs/notes/bomb.md': `---\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n`,
    },
    file: 'docs/notes/bomb.md',
  },
  {
    name: 'bytes that are not UTF-8',
    files: {'docs/notes/latin1.md': Buffer.concat([Buffer.from(note('')), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])])},
    file: 'docs/notes/latin1.md',
  },
  {name: 'a lone surrogate', files: {'docs/notes/sur.md': '---\ntitle: "bad \\ud800 x"\n---\n'}, file: 'docs/notes/sur.md'},
  {
    name: 'a doc id with a slash',
    files: {'docs/notes/slash.md': note('id: a/b')},
    file: 'docs/notes/slash.md',
    buildNames: 'docs/notes/slash.md',
  },
  {
    name: 'draft and unlisted at once',
    files: {'docs/notes/both.md': note('draft: true\nunlisted: true')},
    file: 'docs/notes/both.md',
    buildNames: 'docs/notes/both.md',
  },
  {
    name: 'a wikilink to no page',
    files: {'docs/notes/typo.md': note('', 'See [[synthetic-0001]].\n')},
    file: 'docs/notes/typo.md',
  },
  {
    name: 'a Markdown link to no page',
    files: {'docs/notes/gone.md': note('', 'See [the old note](/docs/notes/removed).\n')},
    file: 'docs/notes/gone.md',
  },
  // Notebooks (issue 18): the build reads them through the same reader, so both name the same line.
  {
    name: 'a notebook that is not valid JSON',
    files: {'docs/notes/broken.ipynb': '{\n "cells": [\n  {"cell_type": "markdown", "metadata": {}, "source": ["# Hi"]},\n ],\n "nbformat": 4\n}\n'},
    file: 'docs/notes/broken.ipynb',
  },
  {
    name: 'a notebook older than nbformat 4',
    files: {'docs/notes/old.ipynb': '{\n "nbformat": 3,\n "nbformat_minor": 0,\n "worksheets": []\n}\n'},
    file: 'docs/notes/old.ipynb',
  },
  {
    name: 'a notebook whose front matter asks for MDX',
    files: {
      'docs/notes/mdx.ipynb': JSON.stringify(
        {cells: [{cell_type: 'raw', metadata: {}, source: ['---\n', 'title: X\n', 'mdx: {format: mdx}\n', '---']}], metadata: {}, nbformat: 4, nbformat_minor: 5},
        null,
        1,
      ),
    },
    file: 'docs/notes/mdx.ipynb',
  },
  {
    name: 'a paper notebook with a wrong status',
    files: {
      'papers/wrong.ipynb': JSON.stringify(
        {cells: [{cell_type: 'raw', metadata: {}, source: ['---\n', 'title: W\n', 'authors: [A B]\n', 'year: 2017\n', 'status: finished\n', '---']}], metadata: {}, nbformat: 4, nbformat_minor: 5},
        null,
        1,
      ),
    },
    file: 'papers/wrong.ipynb',
  },
  // Issue 24: each passed check or the build, or the build named no line.
  {name: 'a related: entry to no page', files: {'docs/notes/rel.md': note('related: [no-such-page]')}, file: 'docs/notes/rel.md'},
  {
    name: "a post's author_url: javascript:",
    files: {'blog/2025-10-03-author.md': '---\ntitle: A post\nauthor_url: "javascript:alert(1)"\n---\n\nText.\n'},
    file: 'blog/2025-10-03-author.md',
    // The blog refuses an inline author (onInlineAuthors: 'throw') before our plugin sees the post.
    buildNames: 'Processing of blog source file path=2025-10-03-author.md failed',
  },
  {
    name: 'an author url: javascript: in blog/authors.yml',
    files: {'blog/authors.yml': 'author:\n  name: Ada\n  url: javascript:alert(1)\n'},
    file: 'blog/authors.yml',
  },
  {name: 'a slug that is no path', files: {'docs/notes/slug.md': note('slug: "javascript:alert()"')}, file: 'docs/notes/slug.md'},
  {name: 'an XML file in static/', files: {'static/x.xml': XHTML}, file: 'static/x.xml'},
  {
    name: 'an XML file beside a note that links it',
    files: {'docs/notes/data.xml': XHTML, 'docs/notes/linker.md': note('', 'See [the data](./data.xml).\n')},
    file: 'docs/notes/data.xml',
  },
  {
    name: 'an XML file elsewhere in the site that a note links',
    files: {'data/evil.xml': XHTML, 'docs/notes/linker.md': note('', 'See [the data](../../data/evil.xml).\n')},
    // mdx-loader would publish it as /assets/files/evil-<hash>.xml; the link's line is refused.
    file: 'docs/notes/linker.md',
  },
  {
    name: 'an SVG in static/ that trustedContent.ts does not list',
    files: {'static/img/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n'},
    file: 'static/img/chart.svg',
  },
];

let site: string;
beforeAll(async () => {
  site = await makeSiteWithPapers(REPO_DIR, 1);
});

/** Writes a case's files, runs `fn`, and puts the site back as it was. */
async function withFiles<T>(files: Case['files'], fn: () => Promise<T>): Promise<T> {
  const before = new Map<string, string | undefined>();
  for (const [file, text] of Object.entries(files)) {
    before.set(file, await readFile(path.join(site, file), 'utf8').catch(() => undefined));
    await writeFile(path.join(site, file), text);
  }
  try {
    return await fn();
  } finally {
    for (const [file, text] of before) {
      if (text === undefined) await rm(path.join(site, file));
      else await writeFile(path.join(site, file), text);
    }
  }
}

/**
 * Cases whose files no other chosen case writes, and that our plugin refuses (not Docusaurus in its
 * own words): one site can hold them all, and one build prints every line.
 */
function sharingOneBuild(cases: readonly Case[]): Case[] {
  const written = new Set<string>();
  return cases.filter((c) => {
    const files = Object.keys(c.files);
    if (c.buildNames !== undefined || files.some((file) => written.has(file))) return false;
    for (const file of files) written.add(file);
    return true;
  });
}

describe('check and the build refuse the same file', () => {
  /** Each case's line as check prints it. */
  const lines = new Map<string, string>();

  it('the site itself checks clean', {timeout: 300_000}, async () => {
    expect((await checkSite(site, {today: TODAY})).problems.map(formatProblem)).toEqual([]);
  });

  it.each(CASES)('check names the file: $name', {timeout: 300_000}, async ({name, files, file}) => {
    await withFiles(files, async () => {
      const found = (await checkSite(site, {today: TODAY})).problems.map(formatProblem);
      const line = found.find((l) => l.startsWith(`${file}:`));
      expect(line, found.join('\n')).toBeDefined();
      lines.set(name, line!);
    });
  });

  // Builds are the slow part. The cases our plugin refuses share builds: each round builds every pending
  // case whose files no other writes, and every line it prints settles its case (a file whose front
  // matter does not parse stops the build alone, so it settles one). A round that settles none, and each
  // case Docusaurus refuses in its own words, is built alone.
  it('the build refuses each case, with check\'s very line', {timeout: 600_000}, async () => {
    expect(lines.size, 'every case checked first').toBe(CASES.length);
    const missing: string[] = [];
    const alone = async ({name, files, buildNames}: Case) => {
      const build = await withFiles(files, () => buildSite(site, {ROADMAP_TODAY: TODAY}));
      if (build.code === 0 || !build.output.includes(buildNames ?? lines.get(name)!))
        missing.push(`${name}: ${build.code === 0 ? 'built' : build.output.slice(-2000)}`);
    };
    let pending = CASES.filter((c) => c.buildNames === undefined);
    let builds = 0;
    while (pending.length > 0) {
      const batch = sharingOneBuild(pending);
      const build = await withFiles(Object.assign({}, ...batch.map((c) => c.files)) as Case['files'], () =>
        buildSite(site, {ROADMAP_TODAY: TODAY}),
      );
      builds += 1;
      const settled = build.code === 0 ? [] : batch.filter((c) => build.output.includes(lines.get(c.name)!));
      if (settled.length === 0) {
        await alone(batch[0]!);
        builds += 1;
      }
      const done = settled.length === 0 ? [batch[0]!] : settled;
      pending = pending.filter((c) => !done.includes(c));
    }
    for (const c of CASES.filter((c) => c.buildNames !== undefined)) {
      await alone(c);
      builds += 1;
    }
    expect(missing).toEqual([]);
    console.log(`${CASES.length} cases refused in ${builds} builds`);
  });
});

describe('check and the build refuse the same bad views, every one at its line', () => {
  it('in a note, a post and a paper at once', {timeout: 300_000}, async () => {
    const view = (yaml: string) => `\`\`\`view\n${yaml}\n\`\`\`\n`;
    const files = {
      'docs/notes/views.md': note(
        '',
        [
          view('from: paper'),
          view('from: papers\nwhere:\n  status: reproducd\n  year: {min: "2020"}\n  read: {after: 2025-13-01}'),
          view('from: papers\nwhere: [unclosed'),
        ].join('\n'),
      ),
      'blog/2025-11-01-views.md': `---\ntitle: Views\n---\n\n${view('from: courses\nwhere: {title: {min: 3}}\nlimit: 900')}`,
      [PAPER]: `${await readFile(path.join(site, PAPER), 'utf8')}\n${view('from: papers\nshow: [title, tagz]\nsort: read sideways')}`,
    };
    await withFiles(files, async () => {
      const lines = (await checkSite(site, {today: TODAY})).problems.map(formatProblem);
      expect(lines.filter((l) => / view(\.|:)/.test(l))).toHaveLength(9);
      const build = await buildSite(site, {ROADMAP_TODAY: TODAY});
      expect(build.code, build.output).not.toBe(0);
      for (const line of lines) expect(build.output).toContain(line);
    });
  });
});
