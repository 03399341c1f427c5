import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A small valid site: one file of each collection, both data files. */
export const EXAMPLE_SITE: Readonly<Record<string, string>> = {
  'data/roadmap.yml': `vision: Build useful ML systems.
rules:
  - id: paper-a-week
    text: 1 paper/week.
    target: {papers_per_week: 1}
domains:
  - {id: healthcare, title: Healthcare}
phases:
  - {id: foundations, title: Foundations, window: 0-6 months}
now:
  focus: ml-basics
  project: triage
  quarter_goal: Finish the course
  this_week: Module 1
changes:
  - {date: 2025-10-01, text: Started}
`,
  'data/skills.yml': `levels: [none, aware, practiced, proficient, expert]
categories:
  - id: ml
    title: Machine learning
    skills:
      - id: linear-models
        title: Linear models
        target: 3
        assessed: [{date: 2025-10-01, level: 1}]
      - id: pytorch
        title: PyTorch
        target: 3
`,
  'docs/courses/ml-basics/index.md': `---
title: ML basics
provider: DeepLearning.AI
phase: foundations
status: in-progress
started: 2025-10-01
modules:
  - title: Regression
    status: in-progress
skills: [linear-models]
---

Notes.
`,
  'papers/attention.md': `---
title: Attention Is All You Need
authors: [Ashish Vaswani, Noam Shazeer]
year: 2017
venue: NeurIPS
arxiv: 1706.03762
status: reproduced
read: 2025-10-12
reproduced: Re-ran a small Transformer
takeaway: Attention is enough
results:
  - {metric: BLEU, paper: 27.3, mine: 25.1}
skills: [pytorch]
---
`,
  'docs/projects/triage.md': `---
title: Blood-panel triage
summary: Triage from blood panels.
domain: healthcare
scale: small
status: active
started: 2025-11-01
repo: https://github.com/example/triage
---
`,
  'docs/benchmarks/titanic.md': `---
title: Titanic
event: Kaggle
date: 2025-11-02
score: 0.78
rank: 10
entrants: 100
project: triage
---
`,
  'docs/talks/meetup.md': `---
title: What I learned
event: Local meetup
date: 2025-11-20
slides: https://example.org/slides.pdf
---
`,
  'blog/2025-10-01-hello.md': `---
title: Hello
authors: [author]
tags: [roadmap]
skills: [pytorch]
---

First post.
`,
  'docs/notes/math.md': `---
title: Math notes
whatever: free-form notes accept any key
---
`,
};

/** Writes the example site, with some files replaced, into a fresh temporary folder. */
export async function writeSite(changes: Record<string, string | undefined> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'roadmap-site-'));
  const files = {...EXAMPLE_SITE, ...changes};
  for (const [file, text] of Object.entries(files)) {
    if (text === undefined) continue;
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/** The example file with one piece of text replaced; fails loudly if the text is not there. */
export function edit(file: string, from: string, to: string): Record<string, string> {
  const original = EXAMPLE_SITE[file];
  if (original === undefined || !original.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  return {[file]: original.replace(from, to)};
}
