import {readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {makeSiteWithPapers} from './paperNotes';

/**
 * The mix of a search benchmark's corpus: mostly papers, as a learner's log
 * grows fastest, plus module notes under the real courses and blog posts.
 */
export interface SearchCorpus {
  siteDir: string;
  papers: number;
  moduleNotes: number;
  posts: number;
  /** Listed notes and posts of the real site that the copy keeps (docs/, blog/). */
  realPages: number;
}

/** Topics of the generated notes and posts: each one is a query word that matches some pages, not all. */
const SUBJECTS = [
  {word: 'gradient', skill: 'gradient-descent', phrase: 'gradient descent with momentum'},
  {word: 'regularization', skill: 'linear-models', phrase: 'L2 regularization of a linear model'},
  {word: 'convolution', skill: 'convnets', phrase: 'a convolution over image patches'},
  {word: 'tokenizer', skill: 'tokenization', phrase: 'a byte-pair tokenizer'},
  {word: 'transformer', skill: 'transformers', phrase: 'a small transformer encoder'},
  {word: 'bootstrap', skill: 'model-evaluation', phrase: 'bootstrap confidence intervals'},
  {word: 'clustering', skill: 'unsupervised-learning', phrase: 'k-means clustering'},
  {word: 'backtesting', skill: 'backtesting', phrase: 'walk-forward backtesting'},
  {word: 'monitoring', skill: 'monitoring', phrase: 'drift monitoring in production'},
] as const;

/** Tag keys of blog/tags.yml (the blog throws on any other tag). */
const POST_TAGS = ['roadmap', 'learning-in-public', 'meta'] as const;

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** A few paragraphs of prose, so that pages are as long as real notes (a few hundred words). */
function prose(i: number, phrase: string, word: string): string[] {
  const other = SUBJECTS[(i * 7 + 3) % SUBJECTS.length]!;
  return [
    `This note works through ${phrase}, step by step, on a toy data set of ${100 + (i % 900)} examples.`,
    `The first attempt diverged: the learning rate was ten times too large, and the loss curve said so after`,
    `three epochs. Halving it twice gave a smooth curve; the ${word} experiment then matched the lecture's`,
    `numbers within two points of accuracy.`,
    '',
    `What surprised me is how much ${other.phrase} interacts with it. Changing one without the other`,
    `moved the validation score more than any architecture change I tried this week.`,
    '',
    `The objective is $\\mathcal{L}(\\theta) = \\frac{1}{n}\\sum_i \\ell(f_\\theta(x_i), y_i) + \\lambda \\lVert\\theta\\rVert^2$,`,
    `and its gradient is what the code below computes, one mini-batch at a time.`,
    '',
    '```python',
    `def step(theta, batch, lr=${(0.001 * (1 + (i % 9))).toFixed(3)}):`,
    '    grad = loss_grad(theta, batch)',
    '    return theta - lr * grad',
    '```',
    '',
    '## Takeaways',
    '',
    `- Plot the loss before tuning anything; ${word} problems show up there first.`,
    `- Keep a held-out split untouched until the end (note ${i}).`,
    `- Next: compare with ${other.phrase}.`,
  ];
}

/** A module note beside a course's index.md (docs/courses/<slug>/): a "note" of the content model. */
function moduleNote(i: number): string {
  const subject = SUBJECTS[i % SUBJECTS.length]!;
  return [
    '---',
    `title: "Module ${i}: ${subject.phrase}"`,
    `skills: [${subject.skill}]`,
    '---',
    '',
    ...prose(i, subject.phrase, subject.word),
    '',
  ].join('\n');
}

/** A blog post: dated file name, an author and tags from the blog's own files, an excerpt. */
function post(i: number): string {
  const subject = SUBJECTS[(i * 5) % SUBJECTS.length]!;
  return [
    '---',
    `title: "Week ${i}: what ${subject.phrase} taught me"`,
    'authors: [author]',
    `tags: [${POST_TAGS[i % POST_TAGS.length]}]`,
    `skills: [${subject.skill}]`,
    '---',
    '',
    `A weekly note on ${subject.phrase} and what went wrong first.`,
    '',
    '<!-- truncate -->',
    '',
    ...prose(i, subject.phrase, subject.word),
    '',
  ].join('\n');
}

/** Distinct days from 2024-01-01, one per post. */
function postDate(i: number): string {
  return new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

/** Listed notes and posts of the copy before anything is generated: they count towards the total. */
async function countRealPages(siteDir: string): Promise<number> {
  const markdown = /\.mdx?$/;
  const docs = (await readdir(path.join(siteDir, 'docs'), {recursive: true})).filter((file) => markdown.test(file));
  const posts = (await readdir(path.join(siteDir, 'blog'))).filter((file) => markdown.test(file));
  return docs.length + posts.length;
}

/**
 * A copy of this site with about `pages` searchable pages: 5/6 papers, 1/20
 * posts, and module notes for the rest, spread over the real courses (so the
 * notes sidebar and course pages grow as they would).
 */
export async function makeSearchCorpus(repoDir: string, pages: number): Promise<SearchCorpus> {
  const papers = Math.round((pages * 5) / 6);
  const posts = Math.round(pages / 20);
  const siteDir = await makeSiteWithPapers(repoDir, papers);
  const realPages = await countRealPages(siteDir);
  const moduleNotes = Math.max(0, pages - papers - posts - realPages);
  const coursesDir = path.join(siteDir, 'docs', 'courses');
  const courses = (await readdir(coursesDir, {withFileTypes: true})).filter((entry) => entry.isDirectory());
  if (courses.length === 0) throw new Error(`search corpus: no course folders in ${coursesDir}`);
  await Promise.all([
    ...Array.from({length: moduleNotes}, (_, i) =>
      writeFile(path.join(coursesDir, courses[i % courses.length]!.name, `module-${pad(i + 1)}.md`), moduleNote(i + 1)),
    ),
    ...Array.from({length: posts}, (_, i) =>
      writeFile(path.join(siteDir, 'blog', `${postDate(i)}-week-${pad(i + 1)}.md`), post(i + 1)),
    ),
  ]);
  return {siteDir, papers, moduleNotes, posts, realPages};
}
