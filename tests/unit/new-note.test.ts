import {spawnSync} from 'node:child_process';
import {cp, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fillTemplate, NOTE_TYPES, slugify} from '../../plugins/roadmap/emit/newNote';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {writeSite} from '../../scripts/corpus/exampleSite';

const REPO = path.resolve(__dirname, '../..');

function newNote(site: string, ...args: string[]) {
  const result = spawnSync(
    path.join(REPO, 'node_modules/.bin/tsx'),
    [path.join(REPO, 'scripts/new.ts'), '--site', site, ...args],
    {
      encoding: 'utf8',
      env: {...process.env, ROADMAP_TODAY: '2026-11-25'},
    },
  );
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

async function siteWithTemplates(): Promise<string> {
  const site = await writeSite();
  await cp(path.join(REPO, 'templates'), path.join(site, 'templates'), {recursive: true});
  return site;
}

it('slugify folds accents and punctuation', () => {
  expect(slugify('Attention Is All You Need!')).toBe('attention-is-all-you-need');
  expect(slugify('Gödel, Escher: Bach')).toBe('godel-escher-bach');
});

it('slugify cuts a long title at a word boundary', () => {
  const slug = slugify('Segment Anything in Medical Images with Uncertainty Estimation by Re-weighting');
  expect(slug).toBe('segment-anything-in-medical-images-with-uncertainty');
  expect(slugify('x'.repeat(70))).toBe('x'.repeat(60));
});

it("fillTemplate keeps a title's own {{…}} as typed", () => {
  expect(
    fillTemplate('---\ntitle: "{{title}}"\ndate: {{date}}\n---\n# {{title}}\n', {
      title: 'Notes {{date}} and {{slug}}',
      slug: 's',
      date: '2025-01-02',
    }),
  ).toBe('---\ntitle: "Notes {{date}} and {{slug}}"\ndate: 2025-01-02\n---\n# Notes {{date}} and {{slug}}\n');
});

it('fillTemplate makes any title safe YAML', () => {
  expect(
    fillTemplate('---\ntitle: "{{title}}"\n---\n# {{title}}\n', {
      title: 'A "quoted": title \\ here',
      slug: 's',
      date: 'd',
    }),
  ).toBe('---\ntitle: "A \\"quoted\\": title \\\\ here"\n---\n# A "quoted": title \\ here\n');
});

describe('npm run new', () => {
  it.each(NOTE_TYPES)('writes a %s that passes the check as written', async (type) => {
    const site = await siteWithTemplates();
    const {code, stdout} = newNote(
      site,
      type,
      'Élan: a "new" note',
      ...(type === 'module' ? ['--course', 'ml-basics'] : []),
    );
    expect(code).toBe(0);
    const file = stdout.split('\n')[0]!.replace('Created ', '');
    expect(file).toMatch(type === 'post' ? /^blog\/2026-11-25-elan-a-new-note\.md$/ : /elan-a-new-note(\/index)?\.md$/);
    const {problems} = await checkSite(site, {today: '2026-11-25'});
    expect(problems.map(formatProblem)).toEqual([]);
    const text = await readFile(path.join(site, file), 'utf8');
    expect(text).toContain('title: "Élan: a \\"new\\" note"');
    expect(text).not.toContain('{{');
  });

  it('refuses to overwrite, exits 1 and leaves the file as it was', async () => {
    const site = await siteWithTemplates();
    await writeFile(path.join(site, 'papers/mine.md'), 'my own words');
    const {code, stderr} = newNote(site, 'paper', 'Mine');
    expect(code).toBe(1);
    expect(stderr).toBe('new: papers/mine.md exists already; nothing was written (choose another title or --slug)\n');
    expect(await readFile(path.join(site, 'papers/mine.md'), 'utf8')).toBe('my own words');
  });

  it('refuses an unknown type and a bad slug', async () => {
    const site = await siteWithTemplates();
    expect(newNote(site, 'article', 'X')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('unknown type "article" (expected one of paper, course'),
    });
    expect(newNote(site, 'note', 'Über', '--slug', 'Bad_Slug')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"Bad_Slug" is not lower-case kebab-case'),
    });
  });

  it("writes a module note into its course's folder, and refuses a course that does not exist", async () => {
    const site = await siteWithTemplates();
    expect(newNote(site, 'module', 'Week 2', '--course', 'ml-basic')).toMatchObject({
      code: 1,
      stderr: 'new: a module goes with --course SLUG, one of ml-basics (got "ml-basic") — did you mean "ml-basics"?\n',
    });
    const {code, stdout} = newNote(site, 'module', 'Week 2', '--course', 'ml-basics');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created docs/courses/ml-basics/week-2.md');
  });

  it('--date dates a post and its file name; an impossible date is refused', async () => {
    const site = await siteWithTemplates();
    expect(newNote(site, 'post', 'Later', '--date', '2025-02-30')).toMatchObject({
      code: 1,
      stderr: 'new: the date "2025-02-30" is not a calendar date YYYY-MM-DD; pass one with --date\n',
    });
    const {code, stdout} = newNote(site, 'post', 'Later', '--date', '2025-02-03');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Created blog/2025-02-03-later.md');
    expect(await readFile(path.join(site, 'blog/2025-02-03-later.md'), 'utf8')).toContain('date: "2025-02-03"\n');
    const {problems} = await checkSite(site, {today: '2026-11-25'});
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('a paper from the template, read without filling it in, has each placeholder reported', async () => {
    const site = await siteWithTemplates();
    expect(newNote(site, 'paper', 'Lazy notes').code).toBe(0);
    const file = path.join(site, 'papers/lazy-notes.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('status: queued', 'status: read\nread: 2026-11-20\ntakeaway: "Something."'));
    const {problems} = await checkSite(site, {today: '2026-11-25'});
    const expected = 'expected the real value, since the paper is neither a draft nor queued';
    expect(problems.map(formatProblem)).toEqual([
      `papers/lazy-notes.md:4 authors[0]: placeholder left in (${expected}, got "TODO")`,
      `papers/lazy-notes.md:7 year: placeholder left in (${expected}, got 2025 marked "# TODO": set it, then delete the mark)`,
      `papers/lazy-notes.md:13 url: placeholder left in (${expected}, got "https://scholar.google.com/scholar?q=lazy-notes")`,
    ]);
  });

  it('--help lists the types', () => {
    const {code, stdout} = newNote('.', '--help');
    expect(code).toBe(0);
    for (const type of NOTE_TYPES) expect(stdout).toContain(`  ${type} `);
  });
});
