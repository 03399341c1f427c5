import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeSiteWithPapers} from '../../scripts/corpus/paperNotes';
import {buildSite, REPO_DIR, type BuildResult} from '../../scripts/harness/buildSite';
import {visibleText} from '../support/visibleText';

/** Content the real site does not have yet: projects, a result, talks (one in the future), modules done. */
const FILES: Record<string, string> = {
  'docs/projects/blood-triage.md': `---
title: Blood-panel triage
summary: Flags urgent cases from routine blood panels.
domain: healthcare
scale: production
status: shipped
started: 2026-01-10
shipped: 2026-05-02
repo: https://github.com/example/blood-triage
stack: [PyTorch, FastAPI]
metrics:
  - {name: AUROC, value: 0.91}
  - {name: p95 latency, value: 40, unit: ms}
skills: [model-deployment]
---
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
`,
  'docs/talks/meetup.md': `---
title: Reproducing BERT on a laptop
event: ML meetup
date: 2026-04-20
slides: https://example.org/slides.pdf
---
`,
  'docs/talks/future.md': `---
title: A talk next year
event: Conference
date: 2027-02-01
---
`,
};

let build: BuildResult;
const read = (...parts: string[]) => readFile(path.join(build.outDir, ...parts), 'utf8');

beforeAll(async () => {
  const site = await makeSiteWithPapers(REPO_DIR, 12);
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(site, file)), {recursive: true});
    await writeFile(path.join(site, file), text);
  }
  const course = path.join(site, 'docs/courses/ng-ml-spec/index.md');
  await writeFile(
    course,
    (await readFile(course, 'utf8')).replace(
      /status: in-progress\}/,
      'status: done, finished: 2026-02-01}',
    ),
  );
  build = await buildSite(site, {ROADMAP_TODAY: '2026-06-10'});
  if (build.code !== 0) throw new Error(build.output);
});

describe('pages with content in every collection (as of 2026-06-10)', () => {
  it('/projects shows each project under its domain with status, stack and metrics', async () => {
    const html = await read('projects/index.html');
    expect(html).toMatch(/Healthcare[\s\S]*Blood-panel triage[\s\S]*Legal NLP \/ RAG[\s\S]*Contract RAG/);
    expect(html).toContain('PyTorch, FastAPI');
    expect(visibleText(html)).toContain('p95 latency: 40 ms');
    expect(html).not.toContain('No projects yet');
  });

  it('/benchmarks shows rank, percentile and the project', async () => {
    const html = await read('benchmarks/index.html');
    expect(html).toContain('1200 of 15000');
    expect(html).toContain('top 8.0%');
    expect(html).toMatch(/href="?\/docs\/projects\/blood-triage"?/);
  });

  it('/talks lists past and future talks; the changelog keeps the future one apart', async () => {
    expect(await read('talks/index.html')).toMatch(/A talk next year[\s\S]*Reproducing BERT on a laptop/);
    const changelog = await read('changelog/index.html');
    expect(visibleText(changelog)).toMatch(/Upcoming .*A talk next year.* May 2026 .*Shipped the project Blood-panel triage/);
    expect(changelog).toContain('Shipped the project Blood-panel triage');
    expect(changelog).toContain('Finished module');
  });

  it('/progress measures the project rule and the course pace', async () => {
    const html = await read('progress/index.html');
    const text = visibleText(html);
    expect(text).toContain('Production shipped in 2026 1 of 1');
    expect(text).toContain('Small shipped in 2026 0 of 2–3 (1 active)');
    // ng-ml-spec: started 2025-10-01, 1 of 3 modules done by 2026-06-10 (36 weeks): 2 left at 1/36 a week.
    expect(text).toContain('0.03 modules a week; done by 2027-10-27');
  });

  it('/progress draws ng-ml-spec on the timeline: solid to today, dashed to the finish its pace implies', async () => {
    const html = await read('progress/index.html');
    // The span runs from 2025-10-01 to 2027-11-01 (the month after 2027-10-27), 761 days:
    // 252 days to today (33.11 %), then 504 days to the projected finish (66.23 %).
    expect(html).toMatch(/<rect x="?0%"? y="?5"? width="?33.11%"?/);
    expect(html).toMatch(/<rect x="?33.11%"? y="?5.5"? width="?66.23%"?/);
    expect(visibleText(html)).toContain('started 2025-10-01, in progress; at the current pace it ends 2027-10-27');
    expect(visibleText(html)).toContain('today, 2026-06-10');
  });

  it('a paper page says whether a reproduction is better or worse, in words', async () => {
    // synthetic-00003: accuracy 0.83 in the paper, 0.81 mine; accuracy is higher-is-better by default.
    const text = visibleText(await read('papers/synthetic-00003/index.html'));
    expect(text).toContain('accuracy higher is better');
    expect(text).toContain('−0.02 worse than the paper');
  });

  it('the home page counts projects shipped this year', async () => {
    expect(visibleText(await read('index.html'))).toContain('1 project shipped this year');
  });
});
