import {spawnSync} from 'node:child_process';
import {cp, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse as parseYaml} from 'yaml';
import {planImport} from '../../plugins/roadmap/bibtex/importPapers';
import {parseBibtex} from '../../plugins/roadmap/bibtex/parseBibtex.mjs';
import {bibtexEntry, bibtexFile, type CitablePaper} from '../../plugins/roadmap/citation/bibtex';
import {citekeyOf} from '../../plugins/roadmap/citation/citekey';
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
      'farfuture:83: year: out of range (expected 1665 to 2027, got 2999)',
      'doe2020scholar:85: key: duplicate key (expected one entry per key; the first is at line 68)',
    ]);
  });

  it('imports an entry without any link, and leaves out a malformed eprint or key with its line', () => {
    const scholar = plan.create.find((c) => c.key === 'doe2020scholar')!;
    expect(scholar.text).toContain(
      'authors: ["Jane Doe", "Richard Roe"]\nyear: 2020\nvenue: "Journal of Examples"\nstatus: queued\ncitekey: "doe2020scholar"',
    );
    expect(scholar.text).not.toMatch(/^(arxiv|doi|url):/m);
    expect(plan.create.find((c) => c.key === 'badeprint')?.text).not.toMatch(/^arxiv:/m);
    expect(plan.notices.map((l) => `${l.key}:${l.line} ${l.reason}`)).toEqual([
      'DBLP:journals/corr/abs-2106-09685:35 key: malformed citation key (expected letters, digits and _:.+- only, beginning with a letter, digit or _, got "DBLP:journals/corr/abs-2106-09685"); left out of the note, which gets its derived citekey',
      'gödel-style:52 key: malformed citation key (expected letters, digits and _:.+- only, beginning with a letter, digit or _, got "gödel-style"); left out of the note, which gets its derived citekey',
      'badeprint:75 eprint: malformed arXiv id (expected like 1706.03762, 1706.03762v5 or cs/0112017, got "not-an-id"); left out of the note',
    ]);
  });

  it('keeps a LaTeX command the parser does not know, and says so at its entry, not as a broken file', () => {
    const text =
      '@misc{a, title={Fine}, author={Doe, Jane}, year={2020}, url={https://e.org/a}}\n\n@misc{b, title={On $O(n \\log n)$ sorting}, author={Doe, Jane}, year={2021}}\n';
    const parsed = parseBibtex(text);
    expect(parsed.problems).toEqual([]);
    const logged = planImport(parsed, [], {date: '2026-11-25', source: 'x.bib', takenFiles: new Set()});
    expect(logged.create.map((c) => c.key)).toEqual(['a', 'b']);
    expect(logged.notices.map((n) => `${n.key}:${n.line} ${n.reason}`)).toEqual([
      'b:3 unknown LaTeX command \\log (kept as written)',
    ]);
  });

  it('gives a paper a free citation key when its own belongs to another logged paper', () => {
    const taken = planImport(
      parseBibtex('@article{doe2020scholar, title={Another paper}, author={Doe, Jane}, year={2020}}'),
      [{file: 'papers/other.md', citekey: 'doe2020scholar', title: 'A different one', year: 2020}],
      {date: '2026-11-25', source: 'x.bib', takenFiles: new Set()},
    );
    expect(taken.create[0]?.text).toContain('citekey: "doe2020scholarb"');
    expect(taken.notices.map((l) => l.reason)).toEqual([
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
    expect(first.stdout).toContain('note  library.bib:75 (badeprint) eprint: malformed arXiv id');
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

/** Titles, names, venues and ids that LaTeX, BibTeX or YAML read as something else. */
const HOSTILE: [name: string, paper: Partial<CitablePaper>][] = [
  ['math dollars', {title: 'Cost $O(n)$ for $5'}],
  ['a lone dollar at the end', {title: 'Worth every $'}],
  ['percent', {title: '100% accuracy, 5 %'}],
  ['ampersand, hash, underscore', {title: 'A&B #1 snake_case'}],
  ['tilde', {title: 'x~y and ~home'}],
  ['backslashes, one trailing', {title: 'C:\\path\\to\\'}],
  ['balanced braces', {title: 'The {BERT} model {{twice}}'}],
  ['one opening brace', {title: 'open { only'}],
  ['one closing brace', {title: 'close } only'}],
  ['caret', {title: 'x^2 + y^{3}'}],
  ['accents and quotes', {title: 'Über Gödel’s "Sätze" — ça', authors: ['Kurt Gödel', 'Paul Erdős']}],
  ['a comment sign and a comma in a name', {authors: ['Ada 100% Lovelace', 'Turing, Alan']}],
  ['a lab with "and" in its name', {authors: ['Sun and Moon Lab', 'Ludwig van Beethoven']}],
  ['a venue with LaTeX', {venue: 'Pattern Analysis & Machine Intelligence #3 {Special}'}],
  ['an arXiv preprint', {arxiv: '1706.03762v5', venue: 'arXiv'}],
  ['a DOI with balanced braces', {doi: '10.1000/{abc}def'}],
  ['a DOI with one brace', {doi: '10.1000/a}b'}],
  ['a DOI with percent and an opening brace', {doi: '10.1000/100%{x'}],
  ['a URL with braces, percent and a hash', {url: 'https://example.org/{x}?q=a%20b&c=d_e#f~g'}],
];

const citable = (paper: Partial<CitablePaper>, i: number): CitablePaper => ({
  citekey: `hostile${i}`,
  title: `Hostile title ${i}`,
  authors: ['Ada Lovelace'],
  year: 2020,
  ...paper,
});

/** The paper a note's front matter describes, as the export reads it. */
function fromNote(text: string): CitablePaper {
  const fm = parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown> & CitablePaper;
  return {
    citekey: citekeyOf(fm),
    title: fm.title,
    authors: fm.authors,
    year: fm.year,
    venue: fm.venue,
    arxiv: fm.arxiv,
    doi: fm.doi,
    url: fm.url,
  };
}

describe('export → import into an empty log → export is byte-identical', () => {
  it.each(HOSTILE.map(([name, paper], i) => [name, citable(paper, i)] as const))('%s', (_, paper) => {
    const exported = bibtexEntry(paper);
    const parsed = parseBibtex(exported);
    expect(parsed.problems).toEqual([]);
    const plan = planImport(parsed, [], {date: '2026-11-25', source: 'papers.bib', takenFiles: new Set()});
    expect([...plan.skipped, ...plan.notices]).toEqual([]);
    const note = fromNote(plan.create[0]!.text);
    // The note holds what was exported, character for character (names may turn "Family, Given" around).
    expect([note.title, note.year, note.arxiv, note.doi, note.url]).toEqual([
      paper.title,
      paper.year,
      paper.arxiv,
      paper.doi,
      // The same URL: the export percent-encodes its braces.
      paper.url?.replaceAll('{', '%7B').replaceAll('}', '%7D'),
    ]);
    expect(bibtexEntry(note)).toBe(exported);
  });

  it('through the commands, for the whole table at once', async () => {
    const notes = Object.fromEntries(
      HOSTILE.map(([, partial], i) => {
        const paper = citable(partial, i);
        const fields = Object.entries(paper).filter(([, v]) => v !== undefined);
        const yaml = fields.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n');
        return [`papers/hostile-${i}.md`, `---\n${yaml}\nstatus: queued\n---\n`];
      }),
    );
    const site = await writeSite({...notes, 'papers/attention.md': undefined});
    const first = run('papers-export.ts', '--site', site);
    expect(first.stderr).toBe('');
    const bib = path.join(site, 'papers.bib');
    await writeFile(bib, first.stdout);

    const empty = await writeSite({'papers/attention.md': undefined});
    const imported = run('papers-import.mts', bib, '--site', empty);
    expect(imported.stderr).toBe('');
    expect(imported.stdout.trim().split('\n').at(-1)).toBe(`${HOSTILE.length} created, 0 skipped`);
    expect(run('papers-export.ts', '--site', empty).stdout).toBe(first.stdout);
  });
});

const bibtool = spawnSync('bibtool', ['-h'], {encoding: 'utf8'}).error === undefined;

// Debian's bibtool is an independent BibTeX reader; where it is not installed (apt-get install bibtool) this is skipped.
it.skipIf(!bibtool)(
  `bibtool reads the export of every hostile title and id without an error${bibtool ? '' : ' (skipped: bibtool is not installed; apt-get install -y bibtool)'}`,
  async () => {
    const papers = HOSTILE.map(([, paper], i) => citable(paper, i));
    const file = path.join(await writeSite(), 'papers.bib');
    await writeFile(file, bibtexFile(papers));
    const result = spawnSync('bibtool', ['-q', file], {encoding: 'utf8'});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // What bibtool writes back still reads as the same titles and DOIs.
    const reread = parseBibtex(result.stdout).entries;
    expect(reread.map((e) => [e.fields.title, e.fields.doi])).toEqual(papers.map((p) => [p.title, p.doi]));
  },
);
