import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {makeSiteWithPapers} from './paperNotes';

/** The day the lived-in site is built as of: about eight months into the roadmap. */
export const LIVED_IN_TODAY = '2026-06-10';

interface NamedPaper {
  slug: string;
  title: string;
  authors: string;
  year: number;
  venue: string;
  link: string;
  status: 'queued' | 'read' | 'reproduced';
  read?: string;
  takeaway?: string;
  next?: string;
  reproduced?: string;
  results?: string[];
  tags: string;
}

/** Papers a learner really logs, spread over the year, with long takeaways that test the log's widths. */
const NAMED_PAPERS: NamedPaper[] = [
  {
    slug: 'resnet',
    title: 'Deep Residual Learning for Image Recognition',
    authors: 'Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun',
    year: 2016,
    venue: 'CVPR',
    link: 'arxiv: "1512.03385"',
    status: 'reproduced',
    read: '2025-11-03',
    takeaway: 'Identity shortcuts let a 56-layer net train as easily as a 20-layer one; depth stops hurting.',
    next: 'Remove the shortcuts from a ResNet-20 on CIFAR-10 and plot the training error against depth.',
    reproduced: 'ResNet-20 on CIFAR-10 with the paper’s schedule, on one GPU.',
    results: ['{metric: test error, paper: 8.75, mine: 8.92, setup: "ResNet-20, 164 epochs"}'],
    tags: '[vision, architecture]',
  },
  {
    slug: 'attention',
    title: 'Attention Is All You Need',
    authors:
      'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Lukasz Kaiser, Illia Polosukhin',
    year: 2017,
    venue: 'NeurIPS',
    link: 'arxiv: "1706.03762"',
    status: 'reproduced',
    read: '2025-10-06',
    takeaway: 'Self-attention replaces recurrence; positional encodings carry the order.',
    next: 'Train a two-layer transformer on a copy task and look at the attention maps.',
    reproduced: 'A small transformer on IWSLT German–English.',
    results: ['{metric: BLEU, paper: 27.3, mine: 24.1, setup: "base model, 1/10 of the steps"}'],
    tags: '[nlp, architecture]',
  },
  {
    slug: 'bert',
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    authors: 'Jacob Devlin, Ming-Wei Chang, Kenton Lee, Kristina Toutanova',
    year: 2019,
    venue: 'NAACL',
    link: 'doi: 10.18653/v1/N19-1423',
    status: 'read',
    read: '2025-10-20',
    takeaway: 'Masked language modelling gives bidirectional context, and fine-tuning beats feature extraction.',
    next: 'Fine-tune a small BERT on SST-2 with and without the next-sentence objective.',
    tags: '[nlp, pretraining, tokenization]',
  },
  {
    slug: 'xgboost',
    title: 'XGBoost: A Scalable Tree Boosting System',
    authors: 'Tianqi Chen, Carlos Guestrin',
    year: 2016,
    venue: 'KDD',
    link: 'doi: 10.1145/2939672.2939785',
    status: 'reproduced',
    read: '2026-01-12',
    takeaway: 'Second-order gradients and a sparsity-aware split finder make boosting fast on real tabular data.',
    reproduced: 'The Higgs benchmark’s AUC with the paper’s parameters.',
    results: ['{metric: AUC, paper: 0.8453, mine: 0.8421}'],
    tags: '[tabular, boosting]',
  },
  {
    slug: 'dpr',
    title: 'Dense Passage Retrieval for Open-Domain Question Answering',
    authors:
      'Vladimir Karpukhin, Barlas Oguz, Sewon Min, Patrick Lewis, Ledell Wu, Sergey Edunov, Danqi Chen, Wen-tau Yih',
    year: 2020,
    venue: 'EMNLP',
    link: 'arxiv: "2004.04906"',
    status: 'read',
    read: '2026-03-02',
    takeaway: 'In-batch negatives make a dual encoder beat BM25 on top-20 retrieval accuracy by 9 to 19 points.',
    next: 'Compare BM25 and a dual encoder on the contract corpus of the legal project.',
    tags: '[retrieval, nlp]',
  },
  {
    slug: 'adam',
    title: 'Adam: A Method for Stochastic Optimization',
    authors: 'Diederik P. Kingma, Jimmy Ba',
    year: 2015,
    venue: 'ICLR',
    link: 'arxiv: "1412.6980"',
    status: 'read',
    read: '2025-12-01',
    takeaway: 'Bias-corrected moment estimates make per-parameter step sizes robust to the gradient’s scale.',
    tags: '[optimization]',
  },
  {
    slug: 'dropout',
    title: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
    authors: 'Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever, Ruslan Salakhutdinov',
    year: 2014,
    venue: 'JMLR',
    link: 'url: https://jmlr.org/papers/v15/srivastava14a.html',
    status: 'read',
    read: '2025-12-15',
    takeaway: 'Dropping units at random trains an exponential ensemble of thinned networks that share weights.',
    tags: '[regularization]',
  },
  {
    slug: 'batch-norm',
    title: 'Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift',
    authors: 'Sergey Ioffe, Christian Szegedy',
    year: 2015,
    venue: 'ICML',
    link: 'arxiv: "1502.03167"',
    status: 'read',
    read: '2026-02-02',
    takeaway: 'Normalizing activations per mini-batch allows higher learning rates and acts as a regularizer.',
    next: 'Measure how the batch size changes the benefit of batch norm on a small CNN.',
    tags: '[optimization, architecture]',
  },
  {
    slug: 'vit',
    title: 'An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale',
    authors: 'Alexey Dosovitskiy, Lucas Beyer, Alexander Kolesnikov, Dirk Weissenborn, Xiaohua Zhai',
    year: 2021,
    venue: 'ICLR',
    link: 'arxiv: "2010.11929"',
    status: 'read',
    read: '2026-04-06',
    takeaway: 'With enough pre-training data, a plain transformer on image patches matches the best convnets.',
    tags: '[vision, architecture]',
  },
  {
    slug: 'clip',
    title: 'Learning Transferable Visual Models From Natural Language Supervision',
    authors: 'Alec Radford, Jong Wook Kim, Chris Hallacy, Aditya Ramesh, Gabriel Goh',
    year: 2021,
    venue: 'ICML',
    link: 'arxiv: "2103.00020"',
    status: 'read',
    read: '2026-05-04',
    takeaway: 'Contrastive image–text pre-training gives zero-shot classifiers from class names alone.',
    tags: '[vision, nlp, pretraining]',
  },
  {
    slug: 'lora',
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: 'Edward J. Hu, Yelong Shen, Phillip Wallis, Zeyuan Allen-Zhu, Yuanzhi Li',
    year: 2022,
    venue: 'ICLR',
    link: 'arxiv: "2106.09685"',
    status: 'reproduced',
    read: '2026-05-25',
    takeaway:
      'A rank-8 update of the attention weights matches full fine-tuning with 10,000 times fewer trainable parameters.',
    reproduced: 'LoRA on a small GPT-2 for the E2E NLG task.',
    results: [
      '{metric: BLEU, paper: 70.4, mine: 68.9, setup: "GPT-2 medium, r = 4"}',
      '{metric: trainable parameters (M), paper: 0.35, mine: 0.39}',
    ],
    tags: '[nlp, fine-tuning]',
  },
  {
    slug: 'chinchilla',
    title: 'Training Compute-Optimal Large Language Models',
    authors: 'Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch',
    year: 2022,
    venue: 'NeurIPS',
    link: 'arxiv: "2203.15556"',
    status: 'queued',
    tags: '[scaling]',
  },
  {
    slug: 'ddpm',
    title: 'Denoising Diffusion Probabilistic Models',
    authors: 'Jonathan Ho, Ajay Jain, Pieter Abbeel',
    year: 2020,
    venue: 'NeurIPS',
    link: 'arxiv: "2006.11239"',
    status: 'queued',
    tags: '[generative]',
  },
];

function namedPaperNote(p: NamedPaper): string {
  const lines = [
    '---',
    `title: "${p.title}"`,
    `authors: [${p.authors}]`,
    `year: ${p.year}`,
    `venue: ${p.venue}`,
    p.link,
  ];
  lines.push(`status: ${p.status}`);
  if (p.read) lines.push(`read: ${p.read}`);
  if (p.reproduced) lines.push(`reproduced: "${p.reproduced}"`);
  if (p.takeaway) lines.push(`takeaway: "${p.takeaway}"`);
  if (p.next) lines.push(`next: "${p.next}"`);
  if (p.results) lines.push('results:', ...p.results.map((r) => `  - ${r}`));
  lines.push(`tags: ${p.tags}`, '---', '', '## Notes', '', `Notes on ${p.title}.`, '');
  return lines.join('\n');
}

/** Content the real site does not have yet: projects, results, talks (one in the future), posts. */
export const LIVED_IN_FILES: Readonly<Record<string, string>> = {
  'docs/projects/blood-triage.md': `---
title: Blood-panel triage
summary: Flags urgent cases from routine blood panels.
domain: healthcare
scale: production
status: shipped
started: 2026-01-10
shipped: 2026-05-02
repo: https://github.com/example/blood-triage
demo: https://example.org/triage
stack: [PyTorch, FastAPI]
metrics:
  - {name: AUROC, value: 0.91}
  - {name: p95 latency, value: 40, unit: ms}
skills: [model-deployment]
related: [xgboost]
---

A gradient-boosted baseline, then a small network, served behind FastAPI.
`,
  'docs/projects/contract-rag.md': `---
title: Contract RAG
summary: Answers questions about contracts with citations.
domain: legal
scale: small
status: active
started: 2026-06-01
---
`,
  'docs/benchmarks/titanic.md': `---
title: Titanic survival
event: Kaggle
date: 2026-03-14
metric: accuracy
score: 0.79
rank: 1200
entrants: 15000
project: blood-triage
---

Feature engineering on titles and family size, then XGBoost.
`,
  'docs/benchmarks/cifar10-speedrun.md': `---
title: CIFAR-10 speedrun
event: Community leaderboard
date: 2026-05-20
metric: seconds to 94% accuracy
score: 41.3
rank: 87
entrants: 312
url: https://example.org/leaderboard
---
`,
  'docs/talks/meetup.md': `---
title: Reproducing BERT on a laptop
event: ML meetup
date: 2026-04-20
slides: https://example.org/slides.pdf
video: https://example.org/video
---

How far [[bert]] gets on a laptop, fine-tuned as [@devlin2019bert] did.
`,
  'docs/talks/future.md': `---
title: A talk next year
event: Conference
date: 2027-02-01
---
`,
  'docs/notes/environment.md': `---
title: A reproducible environment
skills: [pytorch]
aliases: [pinned environment]
---

Every reproduction starts from the same pinned environment, so that a gap in the ledger is the
model's and not the library's.

\`\`\`bash
python -m venv .venv && . .venv/bin/activate
pip install torch==2.4.0
export CUBLAS_WORKSPACE_CONFIG=:4096:8
\`\`\`
`,
  'blog/2026-01-15-three-months-in.md': `---
title: Three months in
description: What the first quarter of the roadmap taught me.
authors: [author]
tags: [roadmap, learning-in-public]
---

A quarter of courses, papers and one Kaggle result.
`,
  'blog/2026-05-03-shipping-triage.md': `---
title: Shipping the blood-panel triage
description: The first production-grade project, from baseline to deployment.
authors: [author]
tags: [learning-in-public]
---

What it took to take a model from a notebook to an API with monitoring: the [[blood-triage|triage project]]
started from the tree models of [[xgboost]], the residual blocks came from [@he2016deep; @vaswani2017attention],
and everything ran in one [[pinned environment|pinned environment]] ([notes](/docs/notes/environment)).

## What broke

Latency, twice: see [[resnet#Notes]] for where the depth went.

## What I reproduced this year

\`\`\`view
from: papers
where:
  status: reproduced
  read: this year
sort: read desc
show: [title, read, venue]
\`\`\`
`,
};

/** Views (README, "Views") in a course note, a paper and a notebook; the post above holds one too. */
const VIEWS = {
  courseNote: `
## Courses under way

\`\`\`view
from: courses
where:
  status: in-progress
sort: progress.percent desc
show: [title, provider, progress.percent, started]
\`\`\`
`,
  paper: `
## Architecture papers

\`\`\`view
from: papers
where:
  tags: architecture
  status: {not: queued}
sort: year asc
show: [title, year, status]
as: list
\`\`\`
`,
  notebookCell: [
    '## Results so far\n',
    '\n',
    '```view\n',
    'from: benchmarks\n',
    'where:\n',
    '  percentile: {min: 50}\n',
    'sort: date asc\n',
    'show: [title, event, date, percentile]\n',
    'as: cards\n',
    '```',
  ],
};

/** Cards (README, "Review") in a paper, a module note, a post and a notebook's markdown cell. */
const CARDS = {
  paper: `
\`\`\`cards
- q: What do identity shortcuts let a 56-layer net do?
  a: Train as easily as a 20-layer one; the gradient reaches early layers through the shortcuts.
  id: resnet-shortcuts
- q: The residual block computes $y = F(x) + x$. What is $F$?
  a: The stacked layers' residual mapping, $F(x) = H(x) - x$, which [[vaswani2017attention]] reuses around every sublayer.
\`\`\`
`,
  courseNote: `
## Check what stuck

\`\`\`cards
- q: What does the sigmoid turn a linear score into?
  a: A probability $\\sigma(z) = 1 / (1 + e^{-z})$ between 0 and 1.
- q: Why is squared error a poor loss for logistic regression?
  a: With the sigmoid it is not convex; the log loss is.
- q: What does feature scaling buy gradient descent?
  a: Contours closer to circles, so **one** learning rate suits every direction.
\`\`\`
`,
  post: `
\`\`\`cards
- q: What was the first thing to break in production?
  a: Latency; the deep residual stack [@he2016deep] was too slow on the CPU box.
\`\`\`
`,
  notebookCell: [
    '```cards\n',
    '- q: Which split does the lab hold out?\n',
    '  a: The last 20% of rows, by time.\n',
    '```',
  ],
};

/** A markdown cell appended to a notebook: its JSON keeps Jupyter's layout. */
function withMarkdownCell(text: string, source: string[], id = 'views-cell'): string {
  const notebook = JSON.parse(text) as {cells: unknown[]};
  notebook.cells.push({cell_type: 'markdown', id, metadata: {}, source});
  return `${JSON.stringify(notebook, null, 1)}\n`;
}

/** fast.ai well under way: three of eight lessons done. */
function fastaiInProgress(text: string): string {
  let lesson = 0;
  const finished = ['2026-02-16', '2026-03-09', '2026-04-13'];
  return text
    .replace('status: planned\n', 'status: in-progress\nstarted: 2026-02-01\n')
    .replace(/status: planned\}/g, (match) => {
      lesson += 1;
      if (lesson <= 3) return `status: done, finished: ${finished[lesson - 1]}}`;
      return lesson === 4 ? 'status: in-progress}' : match;
    });
}

/** A second self-assessment for some skills, so the history has steps. */
function assessedAgain(text: string): string {
  return text
    .replace(
      'id: linear-models\n        title: Linear and logistic regression\n        target: 3\n        assessed: [{date: 2025-10-01, level: 1}]',
      'id: linear-models\n        title: Linear and logistic regression\n        target: 3\n        assessed: [{date: 2025-10-01, level: 1}, {date: 2026-01-05, level: 2}, {date: 2026-05-01, level: 3}]',
    )
    .replace(
      'id: gradient-descent\n        title: Gradient descent and its variants\n        target: 3\n        assessed: [{date: 2025-10-01, level: 1}]',
      'id: gradient-descent\n        title: Gradient descent and its variants\n        target: 3\n        assessed: [{date: 2025-10-01, level: 1}, {date: 2026-03-01, level: 2}]',
    );
}

async function edit(siteDir: string, file: string, change: (text: string) => string): Promise<void> {
  const at = path.join(siteDir, file);
  const before = await readFile(at, 'utf8');
  const after = change(before);
  // A fixture that silently stops applying would test less than it claims.
  if (after === before) throw new Error(`lived-in site: the edit of ${file} no longer applies`);
  await writeFile(at, after);
}

/**
 * A copy of this site as it looks eight months in (as of LIVED_IN_TODAY):
 * papers in every status, two courses under way and one finished module,
 * a shipped and an active project, two results, talks and posts, and skills
 * assessed more than once. The browser and build tests read it as readers would.
 */
export async function makeLivedInSite(repoDir: string): Promise<string> {
  const siteDir = await makeSiteWithPapers(repoDir, 12);
  const files: Record<string, string> = {...LIVED_IN_FILES};
  for (const paper of NAMED_PAPERS) files[`papers/${paper.slug}.md`] = namedPaperNote(paper);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(siteDir, file)), {recursive: true});
    await writeFile(path.join(siteDir, file), text);
  }
  // ML Specialization: its first module finished.
  await edit(siteDir, 'docs/courses/ng-ml-spec/index.md', (text) =>
    text.replace(/status: in-progress\}/, 'status: done, finished: 2026-02-01}'),
  );
  await edit(siteDir, 'docs/courses/fastai/index.md', fastaiInProgress);
  await edit(
    siteDir,
    'docs/courses/ng-ml-spec/regression-and-classification.md',
    (text) => text + VIEWS.courseNote + CARDS.courseNote,
  );
  await edit(siteDir, 'papers/resnet.md', (text) => text + VIEWS.paper + CARDS.paper);
  await edit(siteDir, 'blog/2026-05-03-shipping-triage.md', (text) => text + CARDS.post);
  await edit(siteDir, 'docs/courses/ng-ml-spec/regression-lab.ipynb', (text) =>
    withMarkdownCell(withMarkdownCell(text, VIEWS.notebookCell), CARDS.notebookCell, 'cards-cell'),
  );
  await edit(siteDir, 'data/skills.yml', assessedAgain);
  return siteDir;
}
