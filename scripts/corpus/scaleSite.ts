import {appendFile, cp, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {copySiteWithoutPapers, writePaperNotes} from './paperNotes';
import {NOTEBOOKS_DIR} from './notebookSite';

/**
 * How much of everything else a log of N papers comes with. The paper log is
 * what grows fastest (a paper a week, imported BibTeX); courses, posts and
 * projects grow more slowly, and the real site's own notes stay beside them.
 */
export interface CorpusShape {
  papers: number;
  courses: number;
  modulesPerCourse: number;
  posts: number;
  projects: number;
  benchmarks: number;
  talks: number;
}

export function corpusShape(papers: number): CorpusShape {
  return {
    papers,
    courses: 12 + Math.round(papers / 100),
    modulesPerCourse: 4,
    posts: Math.round(papers / 20),
    projects: 5 + Math.round(papers / 500),
    benchmarks: 2 + Math.round(papers / 1_000),
    talks: 2 + Math.round(papers / 1_000),
  };
}

// Ids that data/roadmap.yml and data/skills.yml of the real site define.
const PHASES = ['foundations', 'specializations', 'mlops', 'math'];
const DOMAINS = ['healthcare', 'legal', 'finance'];
const SKILLS = ['linear-models', 'gradient-descent', 'model-evaluation', 'neural-networks'];
const MODULE_STATUSES = ['done', 'in-progress', 'planned'] as const;

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** Day `offset` after 2024-01-01, as YYYY-MM-DD. */
function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

const MATH_PARAGRAPH = [
  'The loss is $J(\\mathbf{w}, b) = \\frac{1}{2m} \\sum_{i=1}^{m} (f(\\mathbf{x}^{(i)}) - y^{(i)})^2$, and each step moves',
  'the weights against its gradient:',
  '',
  '$$',
  'w_j \\leftarrow w_j - \\alpha \\frac{\\partial J}{\\partial w_j}',
  '$$',
  '',
].join('\n');

function courseSlug(i: number): string {
  return `synthetic-course-${pad(i)}`;
}

/** A course of the curriculum, its modules in its front matter. */
function courseNote(i: number, modules: number): string {
  // Every third course is done, every third in progress, the rest planned.
  const status = i % 3 === 0 ? 'done' : i % 3 === 1 ? 'in-progress' : 'planned';
  const moduleStatus = (m: number) =>
    status === 'done' ? 'done' : status === 'planned' ? 'planned' : MODULE_STATUSES[m % 3]!;
  const lines = [
    '---',
    `title: "Synthetic course ${i}"`,
    `provider: Self-study`,
    `phase: ${PHASES[i % PHASES.length]}`,
    `status: ${status}`,
    ...(status === 'planned' ? [] : [`started: ${day(i % 300)}`]),
    ...(status === 'done' ? [`finished: ${day((i % 300) + 60)}`] : []),
    'modules:',
    ...Array.from({length: modules}, (_, m) => `  - {title: "Module ${m + 1}", status: ${moduleStatus(m)}}`),
    `skills: [${SKILLS[i % SKILLS.length]}]`,
    '---',
    '',
    `Course ${i} of a generated curriculum used by the scale benchmark.`,
    '',
  ];
  return lines.join('\n');
}

/** A paper of the corpus by its slug (scripts/corpus/paperNotes.ts names them `synthetic-00001` …). */
function paperSlug(i: number, papers: number): string {
  return `synthetic-${String(((i - 1) % papers) + 1).padStart(5, '0')}`;
}

/** Notes on one module of a course, with inline and display math, and two papers it builds on. */
function moduleNote(course: number, module: number, papers: number): string {
  return [
    '---',
    `title: "Module ${module} of synthetic course ${course}"`,
    `skills: [${SKILLS[module % SKILLS.length]}]`,
    '---',
    '',
    '## Gradient descent',
    '',
    MATH_PARAGRAPH,
    `Notes on module ${module}; the learning rate $\\alpha$ decides everything.`,
    `It builds on [[${paperSlug(course * 13 + module, papers)}]] and [[${paperSlug(course * 29 + module, papers)}]].`,
    '',
  ].join('\n');
}

/** A blog post: `[file name, text]`. Authors and tags are the ones blog/authors.yml and tags.yml define. */
function postNote(i: number, papers: number, projects: number): [string, string] {
  const text = [
    '---',
    `title: "Synthetic post ${i}"`,
    `description: "Week ${i} of the roadmap."`,
    'authors: [author]',
    'tags: [roadmap]',
    `skills: [${SKILLS[i % SKILLS.length]}]`,
    '---',
    '',
    `What happened in week ${i}: [[${projectSlug((i % projects) + 1)}]] moved, and two papers [@${paperSlug(i * 7, papers)}; @${paperSlug(i * 11, papers)}].`,
    '',
    '<!-- truncate -->',
    '',
    MATH_PARAGRAPH,
  ].join('\n');
  return [`${day(i % 700)}-synthetic-post-${pad(i)}.md`, text];
}

function projectSlug(i: number): string {
  return `synthetic-project-${pad(i)}`;
}

function projectNote(i: number, papers: number): string {
  const shipped = i % 2 === 0;
  return [
    '---',
    `title: "Synthetic project ${i}"`,
    `summary: "Project ${i} of a generated corpus."`,
    `domain: ${DOMAINS[i % DOMAINS.length]}`,
    `scale: ${i % 4 === 0 ? 'production' : 'small'}`,
    `status: ${shipped ? 'shipped' : 'active'}`,
    `started: ${day(i * 20)}`,
    ...(shipped ? [`shipped: ${day(i * 20 + 90)}`] : []),
    'stack: [PyTorch, FastAPI]',
    'metrics: [{name: accuracy, value: 0.91}]',
    `skills: [${SKILLS[i % SKILLS.length]}]`,
    `related: [${paperSlug(i * 17, papers)}, ${paperSlug(i * 19, papers)}]`,
    '---',
    '',
    `What project ${i} does and how it is measured.`,
    '',
  ].join('\n');
}

function benchmarkNote(i: number, projects: number): string {
  return [
    '---',
    `title: "Synthetic benchmark ${i}"`,
    'event: Kaggle',
    `date: ${day(i * 30)}`,
    'metric: accuracy',
    `score: 0.${70 + (i % 30)}`,
    `rank: ${10 + i}`,
    'entrants: 1000',
    `project: ${projectSlug((i % projects) + 1)}`,
    '---',
    '',
  ].join('\n');
}

function talkNote(i: number): string {
  return [
    '---',
    `title: "Synthetic talk ${i}"`,
    'event: Local meetup',
    `date: ${day(i * 45)}`,
    'slides: https://example.org/slides.pdf',
    '---',
    '',
  ].join('\n');
}

async function writeAll(folder: string, files: [string, string][]): Promise<void> {
  await mkdir(folder, {recursive: true});
  await Promise.all(files.map(([name, text]) => writeFile(path.join(folder, name), text)));
}

const range = (count: number) => Array.from({length: count}, (_, i) => i + 1);

/** A copy of this site with a generated corpus of `papers` papers and the rest in proportion (corpusShape). */
export async function makeScaleSite(repoDir: string, papers: number): Promise<{siteDir: string; shape: CorpusShape}> {
  const shape = corpusShape(papers);
  const siteDir = await copySiteWithoutPapers(repoDir, `scale-${papers}`);
  await writePaperNotes(path.join(siteDir, 'papers'), papers);
  // A knowledge base links its notes: each paper names another one, so the map and "Linked from" carry real weight.
  await Promise.all(
    range(papers).map((i) =>
      appendFile(
        path.join(siteDir, 'papers', `${paperSlug(i, papers)}.md`),
        `\nCompare [[${paperSlug(i * 7 + 3, papers)}]].\n`,
      ),
    ),
  );
  for (const i of range(shape.courses)) {
    await writeAll(path.join(siteDir, 'docs/courses', courseSlug(i)), [
      ['index.md', courseNote(i, shape.modulesPerCourse)],
      ...range(shape.modulesPerCourse).map((m): [string, string] => [`module-${m}.md`, moduleNote(i, m, papers)]),
    ]);
  }
  await writeAll(
    path.join(siteDir, 'blog'),
    range(shape.posts).map((i) => postNote(i, papers, shape.projects)),
  );
  await writeAll(
    path.join(siteDir, 'docs/projects'),
    range(shape.projects).map((i) => [`${projectSlug(i)}.md`, projectNote(i, papers)]),
  );
  await writeAll(
    path.join(siteDir, 'docs/benchmarks'),
    range(shape.benchmarks).map((i) => [`synthetic-benchmark-${pad(i)}.md`, benchmarkNote(i, shape.projects)]),
  );
  await writeAll(
    path.join(siteDir, 'docs/talks'),
    range(shape.talks).map((i) => [`synthetic-talk-${pad(i)}.md`, talkNote(i)]),
  );
  // One notebook with three large figures: its page weight is measured (scripts/bench/scale.ts).
  await mkdir(path.join(siteDir, path.dirname(SCALE_NOTEBOOK)), {recursive: true});
  await cp(path.join(NOTEBOOKS_DIR, 'large-figures.ipynb'), path.join(siteDir, SCALE_NOTEBOOK));
  return {siteDir, shape};
}

/** The scale corpus's notebook, and its page. */
export const SCALE_NOTEBOOK = 'docs/notes/notebooks/large-figures.ipynb';
export const SCALE_NOTEBOOK_PAGE = 'docs/notes/notebooks/large-figures/index.html';
