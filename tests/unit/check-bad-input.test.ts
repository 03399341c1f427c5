import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {edit, EXAMPLE_SITE, writeSite} from '../../scripts/corpus/exampleSite';

const TODAY = '2026-11-25';
const COURSE = 'docs/courses/ml-basics/index.md';
const PAPER = 'papers/attention.md';
const PROJECT = 'docs/projects/triage.md';
const BENCHMARK = 'docs/benchmarks/titanic.md';
const TALK = 'docs/talks/meetup.md';
const POST = 'blog/2025-10-01-hello.md';
const NOTE = 'docs/notes/math.md';
const ROADMAP = 'data/roadmap.yml';
const SKILLS = 'data/skills.yml';
/** The example site has no blog key files; these cases add them, as a real site has. */
const BLOG_KEY_FILES = {
  'blog/tags.yml': 'roadmap:\n  label: Roadmap\nmeta:\n  label: Meta\n',
  'blog/authors.yml': 'author:\n  name: The Author\n',
};

async function problemsOf(changes: Record<string, string | undefined>): Promise<string[]> {
  const {problems} = await checkSite(await writeSite(changes), {today: TODAY});
  return problems.map(formatProblem);
}

it('the example site is valid', async () => {
  expect(await problemsOf({})).toEqual([]);
});

it('a paper with no arXiv id, DOI or URL is valid (Google Scholar exports have none)', async () => {
  expect(await problemsOf(edit(PAPER, 'arxiv: 1706.03762\n', ''))).toEqual([]);
});

/** Each bad input, and exactly the problems it must produce. */
const BAD_INPUTS: [name: string, changes: Record<string, string | undefined>, expected: string[]][] = [
  [
    'unknown domain, one word of it',
    edit(PROJECT, 'domain: healthcare', 'domain: health'),
    [
      `${PROJECT}:4 domain: unknown domain (expected an id from data/roadmap.yml domains, got "health") — did you mean "healthcare"?`,
    ],
  ],
  [
    'unknown domain, nothing near: the ids are listed',
    edit(PROJECT, 'domain: healthcare', 'domain: robotics'),
    [`${PROJECT}:4 domain: unknown domain (expected an id from data/roadmap.yml domains: healthcare, got "robotics")`],
  ],
  [
    'a list field given one value shows what a list looks like',
    edit(PROJECT, 'repo: https://github.com/example/triage', 'stack: pytorch'),
    [`${PROJECT}:8 stack: wrong type (expected a list [a, b, …], got "pytorch")`],
  ],
  [
    'placeholders left in a paper that is read',
    edit(
      PAPER,
      'authors: [Ashish Vaswani, Noam Shazeer]',
      'authors: [TODO]\nurl: "https://scholar.google.com/scholar?q=attention"',
    ),
    [
      `${PAPER}:3 authors[0]: placeholder left in (expected the real value, since the paper is neither a draft nor queued, got "TODO")`,
      `${PAPER}:4 url: placeholder left in (expected the real value, since the paper is neither a draft nor queued, got "https://scholar.google.com/scholar?q=attention")`,
    ],
  ],
  [
    'placeholders in a queued paper wait',
    {
      'papers/queued.md':
        '---\ntitle: Q\nauthors: [TODO]\nyear: 2017\nurl: "https://scholar.google.com/scholar?q=q"\nstatus: queued\n---\n',
    },
    [],
  ],
  [
    'a placeholder summary in a project that is not a draft',
    edit(PROJECT, 'summary: Triage from blood panels.', 'summary: "TODO: one sentence."'),
    [
      `${PROJECT}:3 summary: placeholder left in (expected the real value, since the project is not a draft, got "TODO: one sentence.")`,
    ],
  ],
  [
    'a post whose date is not the one in its file name',
    edit(POST, 'title: Hello', 'title: Hello\ndate: 2025-10-02'),
    [
      `${POST}:3 date: not the date of the file name (expected 2025-10-01, as in 2025-10-01-hello.md, or the file renamed to the date, got "2025-10-02")`,
    ],
  ],
  [
    'a post dated as its file name, with a time',
    edit(POST, 'title: Hello', 'title: Hello\ndate: 2025-10-01T09:30:00Z'),
    [],
  ],
  [
    'a heading that replaces the front-matter title',
    {[NOTE]: `${EXAMPLE_SITE[NOTE]}\n# Linear algebra\n\nText.\n`},
    [
      `${NOTE}:6 title: replaced by the body's heading (the page shows "Linear algebra" as its title, lists and search show "Math notes"; expected one title: remove the heading, make it ## or more, or remove title)`,
    ],
  ],
  ['a heading that repeats the title', {[NOTE]: `${EXAMPLE_SITE[NOTE]}\n# Math notes\n`}, []],
  [
    'a post date-time at hour 24',
    edit(POST, 'title: Hello', 'title: Hello\ndate: 2025-10-01T24:00:00Z'),
    [
      `${POST}:3 date: not a valid date (expected YYYY-MM-DD or an ISO date-time like 2025-10-01T09:30:00Z, hours 00 to 23, got "2025-10-01T24:00:00Z")`,
    ],
  ],
  [
    'two notes with one slug',
    {'docs/notes/a.md': '---\ntitle: A\nslug: /same\n---\n', 'docs/notes/b.md': '---\ntitle: B\nslug: /same\n---\n'},
    [
      'docs/notes/b.md:3 slug: address taken (expected an address of its own, got /docs/same, which docs/notes/a.md has; set another slug)',
    ],
  ],
  [
    'a paper at the address of a generated page',
    edit(PAPER, 'status: reproduced', 'slug: /next\nstatus: reproduced'),
    [
      `${PAPER}:7 slug: address taken (expected an address of its own, got /papers/next, which the roadmap plugin generates; set another slug)`,
    ],
  ],
  [
    'a note at the address of the tags pages',
    {'docs/notes/t.md': '---\ntitle: T\nslug: /tags\n---\n'},
    [
      'docs/notes/t.md:3 slug: address taken (expected an address of its own, got /docs/tags, which the tags pages of docs/ use; set another slug)',
    ],
  ],
  [
    'a tag without a letter or digit',
    edit(NOTE, 'title: Math notes', 'title: Math notes\ntags: ["]]>"]'),
    [
      `${NOTE}:3 tags[0]: no letter or digit (expected a tag with at least one letter or digit, from which its page gets its address, got "]]>")`,
    ],
  ],
  [
    'pagination to a doc that does not exist',
    edit(NOTE, 'title: Math notes', 'title: Math notes\npagination_next: notes/mat\npagination_prev: null'),
    [
      `${NOTE}:3 pagination_next: unknown doc id (expected the id of a doc in docs/, its path without .md, e.g. "benchmarks/titanic", got "notes/mat") — did you mean "notes/math"?`,
    ],
  ],
  [
    'an impossible last_update date',
    edit(NOTE, 'title: Math notes', 'title: Math notes\nlast_update:\n  date: 2025-02-30'),
    [
      `${NOTE}:4 last_update.date: not a valid date (expected YYYY-MM-DD or an ISO date-time like 2025-10-01T09:30:00Z, hours 00 to 23, got "2025-02-30")`,
    ],
  ],
  [
    'draft and unlisted at once',
    edit(NOTE, 'title: Math notes', 'title: Math notes\ndraft: true\nunlisted: true'),
    [
      `${NOTE}:4 unlisted: draft and unlisted at once (expected one of them: a draft is left out of the build, unlisted is built)`,
    ],
  ],
  [
    'a doc id with a slash',
    edit(NOTE, 'title: Math notes', 'title: Math notes\nid: a/b'),
    [`${NOTE}:3 id: contains "/" (expected a doc id without a slash, got "a/b")`],
  ],
  [
    'one DOI logged in two notes',
    {
      [PAPER]: EXAMPLE_SITE[PAPER]!.replace('arxiv: 1706.03762', 'doi: 10.5555/ABC'),
      'papers/again.md': EXAMPLE_SITE[PAPER]!.replace('arxiv: 1706.03762', 'doi: 10.5555/abc').replace(
        'status: reproduced',
        'citekey: again\nstatus: reproduced',
      ),
    },
    [
      `papers/attention.md:6 doi: paper logged twice (expected each DOI in one note, got 10.5555/ABC, also in papers/again.md)`,
    ],
  ],
  [
    'one arXiv id, two versions, in two notes',
    {
      'papers/again.md': EXAMPLE_SITE[PAPER]!.replace('arxiv: 1706.03762', 'arxiv: 1706.03762v5').replace(
        'status: reproduced',
        'citekey: again\nstatus: reproduced',
      ),
    },
    [
      `papers/attention.md:6 arxiv: paper logged twice (expected each arXiv id in one note, got 1706.03762, also in papers/again.md)`,
    ],
  ],
  [
    'an alias bomb, and another file still checked',
    {
      'docs/notes/bomb.md': `---\na: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n`,
      ...edit(TALK, 'date: 2025-11-20', 'date: 2025-02-30'),
    },
    [
      'docs/notes/bomb.md:3 front matter: too many aliases (expected at most 50 uses of *anchors, got an alias bomb that expands without end)',
      `${TALK}:4 date: impossible date (expected a real calendar date YYYY-MM-DD, got "2025-02-30")`,
    ],
  ],
  [
    'a lone surrogate',
    edit(NOTE, 'title: Math notes', 'title: "Math \\ud800 notes"'),
    [
      `${NOTE}:2 front matter: lone surrogate (expected text of whole Unicode characters, got a \\uD800–\\uDFFF escape without its pair)`,
    ],
  ],
  [
    'a bad date and a bad level in one assessment',
    edit(SKILLS, 'assessed: [{date: 2025-10-01, level: 1}]', 'assessed: [{date: 2025-02-30, level: 9}]'),
    [
      `${SKILLS}:9 categories[0].skills[0].assessed[0].date: impossible date (expected a real calendar date YYYY-MM-DD, got "2025-02-30")`,
      `${SKILLS}:9 categories[0].skills[0].assessed[0].level: out of range (expected a level from 0 to 4, none … aware … practiced … proficient … expert, got 9)`,
    ],
  ],
  [
    'missing required field',
    edit(COURSE, 'provider: DeepLearning.AI\n', ''),
    [`${COURSE}:2 provider: required field is missing (expected text)`],
  ],
  [
    'wrong type',
    edit(PAPER, 'year: 2017', 'year: twenty seventeen'),
    [`${PAPER}:4 year: wrong type (expected a year, got "twenty seventeen")`],
  ],
  [
    'not a whole number',
    edit(PAPER, 'year: 2017', 'year: 2017.5'),
    [`${PAPER}:4 year: not a whole number (expected a year, got 2017.5)`],
  ],
  [
    'unknown key (typo) in a collection',
    edit(COURSE, 'status: in-progress', 'satus: in-progress'),
    [
      `${COURSE}:2 status: required field is missing (expected one of planned | in-progress | done | dropped)`,
      `${COURSE}:5 satus: unknown field in a course (expected one of title, provider, instructor, url, phase, status, started, finished, modules, skills, aliases, related, or a Docusaurus key) — did you mean "status"?`,
    ],
  ],
  [
    'unknown enum value, near miss',
    edit(COURSE, 'status: in-progress', 'status: in progres'),
    [
      `${COURSE}:5 status: unknown value (expected one of planned | in-progress | done | dropped, got "in progres") — did you mean "in-progress"?`,
    ],
  ],
  [
    'unknown module status',
    edit(COURSE, '    status: in-progress', '    status: finished'),
    [`${COURSE}:9 modules[0].status: unknown value (expected one of planned | in-progress | done, got "finished")`],
  ],
  [
    'unknown direction of a result',
    edit(PAPER, '{metric: BLEU, paper: 27.3, mine: 25.1}', '{metric: BLEU, paper: 27.3, mine: 25.1, better: up}'),
    [`${PAPER}:12 results[0].better: unknown value (expected one of higher | lower, got "up")`],
  ],
  [
    'unknown key inside a list item',
    edit(COURSE, '    status: in-progress', '    status: in-progress\n    finshed: 2025-10-09'),
    [
      `${COURSE}:10 modules[0].finshed: unknown field "finshed" (expected title, status, finished) — did you mean "finished"?`,
    ],
  ],
  [
    'unknown skill id',
    edit(COURSE, 'skills: [linear-models]', 'skills: [linear-model]'),
    [
      `${COURSE}:10 skills[0]: unknown skill id (expected an id from data/skills.yml, got "linear-model") — did you mean "linear-models"?`,
    ],
  ],
  [
    'unknown phase',
    edit(COURSE, 'phase: foundations', 'phase: foundation'),
    [
      `${COURSE}:4 phase: unknown phase (expected an id from data/roadmap.yml phases, got "foundation") — did you mean "foundations"?`,
    ],
  ],
  [
    'unknown domain',
    edit(PROJECT, 'domain: healthcare', 'domain: health-care'),
    [
      `${PROJECT}:4 domain: unknown domain (expected an id from data/roadmap.yml domains, got "health-care") — did you mean "healthcare"?`,
    ],
  ],
  [
    'unknown project in a benchmark',
    edit(BENCHMARK, 'project: triage', 'project: triag'),
    [
      `${BENCHMARK}:8 project: unknown project (expected an id from docs/projects/, got "triag") — did you mean "triage"?`,
    ],
  ],
  [
    'TL;DR names an unknown course',
    edit(ROADMAP, 'focus: ml-basics', 'focus: ml-basic'),
    [
      `${ROADMAP}:11 now.focus: unknown course (expected an id from docs/courses/<slug>/, got "ml-basic") — did you mean "ml-basics"?`,
    ],
  ],
  [
    'TL;DR names an unknown project',
    edit(ROADMAP, 'project: triage', 'project: nope'),
    [`${ROADMAP}:12 now.project: unknown project (expected an id from docs/projects/: triage, got "nope")`],
  ],
  [
    'impossible date',
    edit(COURSE, 'started: 2025-10-01', 'started: 2025-02-30'),
    [`${COURSE}:6 started: impossible date (expected a real calendar date YYYY-MM-DD, got "2025-02-30")`],
  ],
  [
    'impossible month',
    edit(PAPER, 'read: 2025-10-12', 'read: 2025-13-45'),
    [`${PAPER}:8 read: impossible date (expected a real calendar date YYYY-MM-DD, got "2025-13-45")`],
  ],
  [
    'malformed date',
    edit(TALK, 'date: 2025-11-20', 'date: 20 Nov 2025'),
    [`${TALK}:4 date: malformed date (expected YYYY-MM-DD, got "20 Nov 2025")`],
  ],
  [
    'finished before started',
    edit(COURSE, 'status: in-progress\nstarted: 2025-10-01', 'status: done\nstarted: 2025-10-01\nfinished: 2025-09-01'),
    [`${COURSE}:7 finished: before started (expected 2025-10-01 or later, got 2025-09-01)`],
  ],
  [
    'done course needs finished',
    edit(COURSE, 'status: in-progress', 'status: done'),
    [`${COURSE}:5 finished: required when status is "done" (expected a date YYYY-MM-DD)`],
  ],
  [
    'started course needs started',
    edit(COURSE, 'started: 2025-10-01\n', ''),
    [`${COURSE}:5 started: required when status is "in-progress" (expected a date YYYY-MM-DD)`],
  ],
  [
    'reproduced paper needs reproduced',
    edit(PAPER, 'reproduced: Re-ran a small Transformer\n', ''),
    [`${PAPER}:7 reproduced: required when status is "reproduced" (expected what you reproduced)`],
  ],
  [
    'read paper needs takeaway and date',
    edit(PAPER, 'read: 2025-10-12\nreproduced: Re-ran a small Transformer\ntakeaway: Attention is enough\n', ''),
    [
      `${PAPER}:7 read: required when status is "reproduced" (expected the log date YYYY-MM-DD)`,
      `${PAPER}:7 reproduced: required when status is "reproduced" (expected what you reproduced)`,
      `${PAPER}:7 takeaway: required when status is "reproduced" (expected the key takeaway)`,
    ],
  ],
  [
    'malformed arXiv id',
    edit(PAPER, 'arxiv: 1706.03762', 'arxiv: arXiv:1706.3762'),
    [
      `${PAPER}:6 arxiv: malformed arXiv id (expected like 1706.03762, 1706.03762v5 or cs/0112017, got "arXiv:1706.3762")`,
    ],
  ],
  [
    'malformed DOI',
    edit(PAPER, 'arxiv: 1706.03762', 'doi: 18653/v1/N19-1423'),
    [`${PAPER}:6 doi: malformed DOI (expected like 10.18653/v1/N19-1423, got "18653/v1/N19-1423")`],
  ],
  [
    'javascript: URL',
    edit(PROJECT, 'repo: https://github.com/example/triage', 'repo: javascript:alert(1)'),
    [
      `${PROJECT}:8 repo: not an http(s) URL (expected a URL starting with https:// or http://, got "javascript:alert(1)")`,
    ],
  ],
  [
    'year out of range',
    edit(PAPER, 'year: 2017', 'year: 207'),
    [`${PAPER}:4 year: out of range (expected 1665 to 2027, got 207)`],
  ],
  ['a classic: Bayes, 1763', edit(PAPER, 'year: 2017', 'year: 1763'), []],
  [
    'rank above entrants',
    edit(BENCHMARK, 'rank: 10', 'rank: 130'),
    [`${BENCHMARK}:6 rank: above entrants (expected at most 100, got 130)`],
  ],
  [
    'rank below one',
    edit(BENCHMARK, 'rank: 10', 'rank: 0'),
    [`${BENCHMARK}:6 rank: out of range (expected 1 or more, got 0)`],
  ],
  [
    'level above the scale',
    edit(SKILLS, 'level: 1', 'level: 7'),
    [
      `${SKILLS}:9 categories[0].skills[0].assessed[0].level: out of range (expected a level from 0 to 4, none … aware … practiced … proficient … expert, got 7)`,
    ],
  ],
  [
    'target above the scale',
    edit(SKILLS, 'target: 3\n        assessed', 'target: 5\n        assessed'),
    [
      `${SKILLS}:8 categories[0].skills[0].target: out of range (expected a level from 0 to 4, none … aware … practiced … proficient … expert, got 5)`,
    ],
  ],
  [
    'front matter that does not parse',
    edit(COURSE, 'skills: [linear-models]', 'skills: [linear-models'),
    [
      `${COURSE}:10 front matter: YAML does not parse (Flow sequence in block collection must be sufficiently indented and end with a ])`,
    ],
  ],
  [
    'duplicated key',
    edit(TALK, 'event: Local meetup', 'event: Local meetup\nevent: Other'),
    [`${TALK}:4 front matter: duplicate key "event" (expected each key once)`],
  ],
  [
    'data file that does not parse',
    edit(ROADMAP, 'vision: Build useful ML systems.', 'vision: "Build useful ML systems.'),
    [`${ROADMAP}:17 yaml: YAML does not parse (Missing closing "quote)`],
  ],
  [
    'a list item of the wrong kind in a data file',
    edit(SKILLS, 'levels: [none,', 'levels: [none:'),
    [`${SKILLS}:1 levels[0]: wrong type (expected text, got a mapping)`],
  ],
  [
    'duplicate skill id',
    edit(SKILLS, 'id: pytorch', 'id: linear-models'),
    [
      `${SKILLS}:10 categories[0].skills[1].id: duplicate skill id (expected each id once, got "linear-models" again)`,
      // pytorch is gone, so the files that list it are wrong too.
      `${POST}:5 skills[0]: unknown skill id (expected an id from data/skills.yml: linear-models, got "pytorch")`,
      `${PAPER}:13 skills[0]: unknown skill id (expected an id from data/skills.yml: linear-models, got "pytorch")`,
    ],
  ],
  [
    'unknown key in a data file',
    edit(ROADMAP, 'quarter_goal:', 'quater_goal:'),
    [
      `${ROADMAP}:13 now.quater_goal: unknown field "quater_goal" (expected focus, project, quarter_goal, this_week) — did you mean "quarter_goal"?`,
    ],
  ],
  [
    'list where text is expected',
    edit(TALK, 'event: Local meetup', 'event: [a, b]'),
    [`${TALK}:3 event: wrong type (expected text, got a list)`],
  ],
  [
    'empty author list',
    edit(PAPER, 'authors: [Ashish Vaswani, Noam Shazeer]', 'authors: []'),
    [`${PAPER}:3 authors: is empty (expected at least one author)`],
  ],
  [
    'result with text where a number is expected',
    edit(PAPER, 'mine: 25.1', 'mine: "25.1 BLEU"'),
    [`${PAPER}:12 results[0].mine: wrong type (expected a number, got "25.1 BLEU")`],
  ],
  [
    'shipped project needs shipped date',
    edit(PROJECT, 'status: active', 'status: shipped'),
    [`${PROJECT}:6 shipped: required when status is "shipped" (expected a date YYYY-MM-DD)`],
  ],
  [
    'unknown skill in a post',
    edit(POST, 'skills: [pytorch]', 'skills: [pytorh]'),
    [
      `${POST}:5 skills[0]: unknown skill id (expected an id from data/skills.yml, got "pytorh") — did you mean "pytorch"?`,
    ],
  ],
  [
    'unknown skill in a free-form note',
    edit(NOTE, 'title: Math notes', 'title: Math notes\nskills: [algebra]'),
    [
      `${NOTE}:3 skills[0]: unknown skill id (expected an id from data/skills.yml: linear-models | pytorch, got "algebra")`,
    ],
  ],
  [
    'malformed id',
    edit(SKILLS, 'id: pytorch', 'id: PyTorch'),
    [
      `${SKILLS}:10 categories[0].skills[1].id: malformed id (expected lower-case kebab-case like "deep-learning", got "PyTorch")`,
      `${POST}:5 skills[0]: unknown skill id (expected an id from data/skills.yml, got "pytorch") — did you mean "PyTorch"?`,
      `${PAPER}:13 skills[0]: unknown skill id (expected an id from data/skills.yml, got "pytorch") — did you mean "PyTorch"?`,
    ],
  ],
  [
    'front matter that is a list',
    {[TALK]: '---\n- title: What I learned\n---\n'},
    [`${TALK}:2 front matter: wrong type (expected a mapping of fields, key: value, got a list)`],
  ],
  [
    'front matter that is never closed',
    {[TALK]: '---\ntitle: What I learned\nevent: Local meetup\ndate: 2025-02-30\n'},
    [`${TALK}:1 front matter: not closed (expected a line --- after the front matter)`],
  ],
  ['a byte-order mark before the front matter is no problem', edit(TALK, '---\ntitle', '\uFEFF---\ntitle'), []],
  [
    'an unquoted arXiv id that lost a digit',
    edit(PAPER, 'arxiv: 1706.03762', 'arxiv: 1706.03760'),
    [
      `${PAPER}:6 arxiv: ambiguous arXiv id (YAML read it as the number 1706.0376; expected it in quotes, like arxiv: "1706.03760")`,
    ],
  ],
  [
    'a Docusaurus key of the wrong type',
    edit(NOTE, 'title: Math notes', 'title: Math notes\nsidebar_position: first\ndraft: maybe'),
    [
      `${NOTE}:3 sidebar_position: wrong type (expected a number, got "first")`,
      `${NOTE}:4 draft: wrong type (expected true or false, got "maybe")`,
    ],
  ],
  [
    'two papers with one citation key',
    {
      'papers/attention-again.md': EXAMPLE_SITE[PAPER]!.replace(
        'Attention Is All You Need',
        'Attention, revisited',
      ).replace('arxiv: 1706.03762', 'arxiv: 1706.03763'),
    },
    [
      `papers/attention.md:2 citekey: duplicate citation key "vaswani2017attention" (expected one per paper, also in papers/attention-again.md; set a different citekey)`,
    ],
  ],
  [
    'a paper target that no week can meet',
    edit(ROADMAP, 'papers_per_week: 1', 'papers_per_week: 0'),
    [
      `${ROADMAP}:5 rules[0].target.papers_per_week: out of range (expected a whole number of papers, 1 or more, got 0)`,
    ],
  ],
  ['two posts with the same slug on different days are fine', {'blog/2025-11-01-hello.md': EXAMPLE_SITE[POST]!}, []],
  [
    'a tag and an author the blog does not define (the build would stop on them)',
    {
      ...BLOG_KEY_FILES,
      ...edit(POST, 'authors: [author]\ntags: [roadmap]', 'authors: [autor]\ntags: [roadmaps, meta]'),
    },
    [
      `${POST}:3 authors[0]: unknown author key (expected an id from blog/authors.yml, got "autor"; a new author is a key of blog/authors.yml: autor: {name: …}) — did you mean "author"?`,
      `${POST}:4 tags[0]: unknown tag key (expected an id from blog/tags.yml, got "roadmaps"; a new tag is a key of blog/tags.yml: roadmaps: {label: …, description: …, permalink: /roadmaps}) — did you mean "roadmap"?`,
    ],
  ],
  ['one author without a list is fine', {...BLOG_KEY_FILES, ...edit(POST, 'authors: [author]', 'authors: author')}, []],
  [
    'blog tags written as a list instead of a mapping',
    {...BLOG_KEY_FILES, 'blog/tags.yml': '- roadmap\n- meta\n'},
    ['blog/tags.yml:1 file: not a mapping (expected one entry per key, as Docusaurus reads it)'],
  ],
  [
    'content that runs code (every case: tests/unit/content-security.test.ts)',
    {[NOTE]: '---\ntitle: Math notes\n---\n\n<p onclick="alert(1)">x</p>\n', 'docs/notes/chart.mdx': '# Chart\n'},
    [
      `docs/notes/chart.mdx:1 file: MDX can run code (expected a .md file, or the file listed in trustedContent.ts, got chart.mdx)`,
      `${NOTE}:5 <p onclick>: removed (an event handler runs code; expected no on… attribute in content, or the file listed in trustedContent.ts, got 'onclick="alert(1)"')`,
    ],
  ],
];

describe('a bad input is reported with its file, line, field and message', () => {
  it.each(BAD_INPUTS)('%s', async (_name, changes, expected) => {
    expect((await problemsOf(changes)).sort()).toEqual([...expected].sort());
  });

  it('covers at least 30 bad inputs', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
  });
});

it('reports every problem of every file in one run', async () => {
  const problems = await problemsOf({
    ...edit(COURSE, 'status: in-progress', 'status: in progres'),
    ...edit(PAPER, 'year: 2017', 'year: 1650'),
    ...edit(TALK, 'date: 2025-11-20', 'date: 2025-02-30'),
  });
  expect(problems.map((p) => p.split(' ')[0])).toEqual([`${COURSE}:5`, `${TALK}:4`, `${PAPER}:4`]);
});

it('a file that is not UTF-8 is reported with its line, and the other files are still checked', async () => {
  const site = await writeSite(edit(TALK, 'date: 2025-11-20', 'date: 2025-02-30'));
  // "Café" saved as Latin-1: the é is the single byte 0xE9, which UTF-8 cannot read.
  const latin1 = Buffer.concat([Buffer.from('---\ntitle: Notes\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
  await writeFile(path.join(site, 'docs/notes/latin1.md'), latin1);
  const {problems} = await checkSite(site, {today: TODAY});
  expect(problems.map(formatProblem)).toEqual([
    'docs/notes/latin1.md:5 front matter: not UTF-8 (expected the file saved as UTF-8, got bytes that read as the replacement character U+FFFD)',
    `${TALK}:4 date: impossible date (expected a real calendar date YYYY-MM-DD, got "2025-02-30")`,
  ]);
});

it('warns, without failing, when a comment cuts unquoted text short', async () => {
  const site = await writeSite({
    ...edit(TALK, 'event: Local meetup', 'event: PyData meetup #14  '),
    ...edit(COURSE, 'status: in-progress', 'status: in-progress   # planned | in-progress | done'),
    ...edit(ROADMAP, 'this_week: Module 1', 'this_week: Module 1, part #2'),
  });
  const {problems, warnings} = await checkSite(site, {today: TODAY});
  expect(problems).toEqual([]);
  expect(warnings.map(formatProblem)).toEqual([
    `${ROADMAP}:14 now.this_week: cut short by a comment? (YAML ends unquoted text at " #"; expected the whole text in quotes, e.g. "Module 1, part #…", got "Module 1, part")`,
    `${TALK}:3 event: cut short by a comment? (YAML ends unquoted text at " #"; expected the whole text in quotes, e.g. "PyData meetup #…", got "PyData meetup")`,
  ]);
});

it("warns while the owner's name in blog/authors.yml is still the placeholder", async () => {
  const placeholder = await writeSite({...BLOG_KEY_FILES, 'blog/authors.yml': '# owner\nauthor:\n  name: Your Name\n'});
  const {problems, warnings} = await checkSite(placeholder, {today: TODAY});
  expect(problems).toEqual([]);
  expect(warnings.map(formatProblem)).toEqual([
    'blog/authors.yml:3 author.name: still the placeholder (expected your name, as posts and feeds show it, got "Your Name")',
  ]);
  const named = await writeSite({...BLOG_KEY_FILES, 'blog/authors.yml': 'author:\n  name: Ada Lovelace\n'});
  expect((await checkSite(named, {today: TODAY})).warnings).toEqual([]);
});
