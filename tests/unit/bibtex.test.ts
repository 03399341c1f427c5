import {spawnSync} from 'node:child_process';
import {cp, readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {planImport} from '../../plugins/roadmap/bibtex/importPapers';
import {parseBibtex} from '../../plugins/roadmap/bibtex/parseBibtex.mjs';
import {bibtexEntry, bibtexFile} from '../../plugins/roadmap/citation/bibtex';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {writeSite} from '../../scripts/corpus/exampleSite';

const REPO = path.resolve(__dirname, '../..');
const LIBRARY = path.join(__dirname, 'fixtures/library.bib');

function run(script: string, ...args: string[]) {
  const result = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts', script), ...args], {
    encoding: 'utf8',
    env: {...process.env, ROADMAP_TODAY: '2026-11-25'},
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('parseBibtex on entries as reference managers export them', async () => {
  const {entries, problems} = parseBibtex(await readFile(LIBRARY, 'utf8'));

  it('decodes accents and protection braces, keeps the title case, splits names', () => {
    const godel = entries.find((e) => e.key === 'gödel-style');
    expect(godel?.fields.title).toBe('Über formal unentscheidbare Sätze der Principia Mathematica');
    expect(godel?.authors).toEqual(['Kurt Gödel']);
    const bert = entries.find((e) => e.key === 'devlin-etal-2019-bert');
    expect(bert?.fields.title).toBe('BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding');
    expect(bert?.fields.month).toBe('6');
    expect(bert?.line).toBe(2);
  });

  it('reports a malformed entry with its line and still reads the rest', () => {
    expect(problems).toEqual([{line: 61, message: 'Unterminated brace-value "This entry never clo" in "article"'}]);
    expect(entries.map((e) => e.key)).toEqual([
      'devlin-etal-2019-bert',
      'vaswani2017attention',
      'ho2020denoising',
      'DBLP:journals/corr/abs-2106-09685',
      'gödel-style',
      'noyear',
      'doe2020scholar',
      'badeprint',
      'farfuture',
      'doe2020scholar',
    ]);
  });
});

describe('planImport', async () => {
  const parsed = parseBibtex(await readFile(LIBRARY, 'utf8'));
  const existing = [
    {file: 'papers/bert.md', arxiv: '1810.04805', doi: '10.18653/v1/N19-1423', citekey: 'devlin2019bert'},
    {file: 'papers/attention.md', arxiv: '1706.03762', citekey: 'vaswani2017attention'},
  ];
  const plan = planImport(parsed, existing, {date: '2026-11-25', source: 'library.bib', takenFiles: new Set()});

  it('creates queued notes for new papers, with arXiv ids from eprint or DBLP', () => {
    expect(plan.create.map((c) => c.file)).toEqual([
      'papers/denoising-diffusion-probabilistic-models.md',
      'papers/lora-low-rank-adaptation-of-large-language-models.md',
      'papers/uber-formal-unentscheidbare-satze-der-principia-mathematica.md',
      'papers/a-paper-as-google-scholar-exports-it.md',
      'papers/an-eprint-that-is-no-arxiv-id.md',
    ]);
    expect(plan.create[0]?.text).toContain('arxiv: "2006.11239"\nstatus: queued\ncitekey: "ho2020denoising"');
    expect(plan.create[1]?.text).toContain('venue: "arXiv"\narxiv: "2106.09685"');
  });

  it('skips what is already logged (by DOI, by derived key) and what it cannot use, saying why', () => {
    expect(plan.skipped.map((s) => `${s.key}:${s.line}: ${s.reason}`)).toEqual([
      '(malformed):61: Unterminated brace-value "This entry never clo" in "article"',
      'devlin-etal-2019-bert:2: already in papers/bert.md',
      'vaswani2017attention:18: already in papers/attention.md',
      'noyear:65: year: required field is missing (expected a year)',
      'farfuture:83: year: out of range (expected 1900 to 2027, got 2999)',
      'doe2020scholar:85: key: duplicate key (expected one entry per key; the first is at line 68)',
    ]);
  });

  it('imports an entry without any link, and leaves out a malformed eprint with its line', () => {
    const scholar = plan.create.find((c) => c.key === 'doe2020scholar')!;
    expect(scholar.text).toContain(
      'authors: ["Jane Doe", "Richard Roe"]\nyear: 2020\nvenue: "Journal of Examples"\nstatus: queued\ncitekey: "doe2020scholar"',
    );
    expect(scholar.text).not.toMatch(/^(arxiv|doi|url):/m);
    expect(plan.create.find((c) => c.key === 'badeprint')?.text).not.toMatch(/^arxiv:/m);
    expect(plan.leftOut.map((l) => `${l.key}:${l.line} ${l.reason}`)).toEqual([
      'badeprint:75 eprint: malformed arXiv id (expected like 1706.03762, 1706.03762v5 or cs/0112017, got "not-an-id")',
    ]);
  });

  it('gives a paper a free citation key when its own belongs to another logged paper', () => {
    const taken = planImport(
      parseBibtex('@article{doe2020scholar, title={Another paper}, author={Doe, Jane}, year={2020}}'),
      [{file: 'papers/other.md', citekey: 'doe2020scholar', title: 'A different one', year: 2020}],
      {date: '2026-11-25', source: 'x.bib', takenFiles: new Set()},
    );
    expect(taken.create[0]?.text).toContain('citekey: "doe2020scholarb"');
    expect(taken.leftOut.map((l) => l.reason)).toEqual([
      'key: "doe2020scholar" is the citation key of papers/other.md (expected one paper per key); written as citekey "doe2020scholarb"',
    ]);
  });
});

it('the exported BibTeX parses again with the same parser, field for field', () => {
  const papers = [
    {
      citekey: 'vaswani2017attention',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Łukasz Kaiser'],
      year: 2017,
      venue: 'NeurIPS',
      arxiv: '1706.03762',
    },
    {
      citekey: 'godel1931uber',
      title: 'Über Sätze & {braces} 100%',
      authors: ['Gödel, Kurt'],
      year: 1931,
      doi: '10.1007/BF01700692',
    },
  ];
  const {entries, problems} = parseBibtex(bibtexFile(papers));
  expect(problems).toEqual([]);
  expect(
    entries.map((e) => [
      e.key,
      e.type,
      e.fields.title,
      e.authors,
      e.fields.year,
      e.fields.booktitle,
      e.fields.eprint,
      e.fields.doi,
    ]),
  ).toEqual([
    [
      'vaswani2017attention',
      'inproceedings',
      'Attention Is All You Need',
      ['Ashish Vaswani', 'Łukasz Kaiser'],
      '2017',
      'NeurIPS',
      '1706.03762',
      undefined,
    ],
    [
      'godel1931uber',
      'misc',
      'Über Sätze & {braces} 100%',
      ['Kurt Gödel'],
      '1931',
      undefined,
      undefined,
      '10.1007/BF01700692',
    ],
  ]);
  expect(bibtexEntry(papers[0]!)).toContain('author = {Vaswani, Ashish and Kaiser, Łukasz}');
});

describe('npm run papers:import and papers:export', () => {
  it('imports once, passes the check, and a second import changes nothing', async () => {
    const site = await writeSite();
    await cp(path.join(REPO, 'templates'), path.join(site, 'templates'), {recursive: true});
    const first = run('papers-import.mts', LIBRARY, '--site', site);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^created {2}papers\/denoising-diffusion-probabilistic-models\.md {2}\(ho2020denoising\)$/m,
    );
    expect(first.stdout).toContain('left out  library.bib:75 (badeprint) eprint: malformed arXiv id');
    expect(first.stdout).toContain('skipped  library.bib:83 (farfuture) year: out of range');
    expect(first.stdout.trim().split('\n').at(-1)).toBe('6 created, 5 skipped');
    expect((await checkSite(site, {today: '2026-11-25'})).problems.map(formatProblem)).toEqual([]);

    const before = await Promise.all(
      (await readdir(path.join(site, 'papers'))).map(
        async (f) => `${f}:${(await stat(path.join(site, 'papers', f))).mtimeMs}`,
      ),
    );
    const second = run('papers-import.mts', LIBRARY, '--site', site);
    expect(second.stdout.trim().split('\n').at(-1)).toBe('0 created, 11 skipped');
    const after = await Promise.all(
      (await readdir(path.join(site, 'papers'))).map(
        async (f) => `${f}:${(await stat(path.join(site, 'papers', f))).mtimeMs}`,
      ),
    );
    expect(after).toEqual(before);

    const exported = run('papers-export.ts', '--site', site);
    expect(exported.code).toBe(0);
    expect(
      parseBibtex(exported.stdout)
        .entries.map((e) => e.key)
        .sort(),
    ).toEqual([
      'badeprint',
      'devlin-etal-2019-bert',
      'doe2020scholar',
      'godel1931uber',
      'ho2020denoising',
      'hu2021lora',
      'vaswani2017attention',
    ]);
  });

  it('--dry-run writes nothing', async () => {
    const site = await writeSite();
    const {stdout} = run('papers-import.mts', LIBRARY, '--site', site, '--dry-run');
    expect(stdout).toContain('would create  papers/lora-low-rank-adaptation-of-large-language-models.md');
    expect(await readdir(path.join(site, 'papers'))).toEqual(['attention.md']);
  });
});
