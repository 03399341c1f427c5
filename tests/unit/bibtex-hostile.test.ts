import {spawnSync} from 'node:child_process';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {planImport} from '../../plugins/roadmap/bibtex/importPapers';
import {parseBibtex} from '../../plugins/roadmap/bibtex/parseBibtex.mjs';
import {inlineCode} from '../../plugins/roadmap/emit/inlineCode';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite, checkTexts} from '../../plugins/roadmap/validate/checkSite';
import {EXAMPLE_SITE, writeSite} from '../../scripts/corpus/exampleSite';

// Issue 24: papers:import took the citekey `..` (and `..%2F…`, which a `%`
// comment cut to `..`), and wrote the .bib file's name into each note's body,
// where `[@nokey]` in it was a citation that made every imported note fail check.

const REPO = path.resolve(__dirname, '../..');
const TODAY = '2026-11-25';
/** Every kind of syntax a file name can hold: a citation, a wikilink, HTML, math, a directive, backticks. */
const HOSTILE_NAME = '[@nokey] [[nowhere]] <img src=x onerror=alert(1)> $x$ :alert ``a`.bib';

const BIB = [
  '@article{..%2F..%2Fevil,', // 1
  '  title={Cut by a comment}, author={Doe, Jane}, year={2020}}', // 2
  '@article{..,', // 3
  '  title={Dots for a key}, author={Doe, Jane}, year={2021}}', // 4
  '@article{doe2022fine,', // 5
  '  title={A fine entry}, author={Doe, Jane}, year={2022}}', // 6
  '',
].join('\n');

describe('inlineCode', () => {
  it.each([
    ['library.bib', '`library.bib`'],
    ['a`b', '``a`b``'],
    ['`a``', '``` `a`` ```'],
    ['two\nlines', '`two\uFFFDlines`'],
    ['', '` `'],
  ])('%j → %j', (text, code) => {
    expect(inlineCode(text)).toBe(code);
  });
});

describe('papers:import with a hostile key or file name', () => {
  const parsed = parseBibtex(BIB);
  const plan = planImport(parsed, [], {date: TODAY, source: HOSTILE_NAME, takenFiles: new Set()});

  it('skips a key a % comment cut short, and leaves out a key that is no citation key, with line and key', () => {
    expect(parsed.entries.map((e) => [e.key, e.keyAsWritten])).toEqual([
      ['..', '..%2F..%2Fevil'],
      ['..', undefined],
      ['doe2022fine', undefined],
    ]);
    expect(plan.skipped.map((s) => `${s.key}:${s.line}: ${s.reason}`)).toEqual([
      '..%2F..%2Fevil:1: key: a "%" begins a BibTeX comment, so the key "..%2F..%2Fevil" reads as ".." (expected letters, digits and _:.+- only)',
    ]);
    expect(plan.notices.map((n) => `${n.key}:${n.line} ${n.reason}`)).toEqual([
      '..:3 key: malformed citation key (expected letters, digits and _:.+- only, beginning with a letter, digit or _, got ".."); left out of the note, which gets its derived citekey',
    ]);
    expect(plan.create.map((c) => c.file)).toEqual(['papers/dots-for-a-key.md', 'papers/a-fine-entry.md']);
    expect(plan.create[0]!.text).not.toMatch(/^citekey:/m);
  });

  it('writes the file’s name as code, and every note it writes passes check', () => {
    expect(plan.create[1]!.text).toContain(
      `Queued on ${TODAY}, imported from \`\`\`[@nokey] [[nowhere]] <img src=x onerror=alert(1)> $x$ :alert \`\`a\`.bib\`\`\`.\n`,
    );
    const texts = new Map([...Object.entries(EXAMPLE_SITE), ...plan.create.map((c) => [c.file, c.text] as const)]);
    expect(checkTexts(texts, {today: TODAY}).problems.map(formatProblem)).toEqual([]);
  });

  it('says so through the command, naming the .bib file, line and key, and the site still passes check', async () => {
    const site = await writeSite();
    const bib = path.join(site, '[@nokey] <b>x<b> $x$.bib');
    await writeFile(bib, BIB);
    const result = spawnSync(
      path.join(REPO, 'node_modules/.bin/tsx'),
      [path.join(REPO, 'scripts/papers-import.mts'), bib, '--site', site],
      {encoding: 'utf8', env: {...process.env, ROADMAP_TODAY: TODAY}},
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'skipped  [@nokey] <b>x<b> $x$.bib:1 (..%2F..%2Fevil) key: a "%" begins a BibTeX comment',
    );
    expect(result.stdout).toContain('note  [@nokey] <b>x<b> $x$.bib:3 (..) key: malformed citation key');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 created, 1 skipped');
    expect(await readdir(path.join(site, 'papers'))).toContain('a-fine-entry.md');
    expect(await readFile(path.join(site, 'papers/a-fine-entry.md'), 'utf8')).toContain(
      'imported from `[@nokey] <b>x<b> $x$.bib`.',
    );
    expect((await checkSite(site, {today: TODAY})).problems.map(formatProblem)).toEqual([]);
  });
});
