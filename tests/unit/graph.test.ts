import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {graphPage} from '../../plugins/roadmap/model/graphPage';
import type {KnowledgeLink, KnowledgePage} from '../../plugins/roadmap/model/knowledgeLinks';
import {knowledgePages} from '../../plugins/roadmap/model/knowledgePages';
import type {PageInfo} from '../../plugins/roadmap/site/pages';
import {validExampleSite} from '../support/exampleModel';

const TODAY = '2026-11-25';

/** The example site's pages as Docusaurus would publish them: its path without `.md`, a title. */
const TITLES: Record<string, string> = {
  'docs/courses/ml-basics/index.md': 'ML basics',
  'papers/attention.md': 'Attention Is All You Need',
  'docs/projects/triage.md': 'Blood-panel triage',
  'docs/benchmarks/titanic.md': 'Titanic',
  'docs/talks/meetup.md': 'What I learned',
  'blog/2025-10-01-hello.md': 'Hello',
  'docs/notes/math.md': 'Math notes',
};
const pageOf =
  (unlisted: string[] = []) =>
  (file: string): PageInfo => ({
    permalink: `/${file.replace(/(\/index)?\.mdx?$/, '')}`,
    title: TITLES[file] ?? file,
    listed: !unlisted.includes(file),
  });

async function exampleSite() {
  return validExampleSite({}, TODAY);
}

describe('knowledgePages', () => {
  it('lists every listed page of every collection, in registry order, with its kind', async () => {
    expect(knowledgePages(await exampleSite(), pageOf())).toEqual([
      {permalink: '/docs/courses/ml-basics', title: 'ML basics', kind: 'course'},
      {permalink: '/papers/attention', title: 'Attention Is All You Need', kind: 'paper'},
      {permalink: '/docs/projects/triage', title: 'Blood-panel triage', kind: 'project'},
      {permalink: '/docs/benchmarks/titanic', title: 'Titanic', kind: 'benchmark'},
      {permalink: '/docs/talks/meetup', title: 'What I learned', kind: 'talk'},
      {permalink: '/blog/2025-10-01-hello', title: 'Hello', kind: 'post'},
      {permalink: '/docs/notes/math', title: 'Math notes', kind: 'note'},
    ]);
  });

  it('leaves out drafts and unlisted pages', async () => {
    const pages = knowledgePages(await exampleSite(), pageOf(['papers/attention.md', 'docs/notes/math.md']));
    expect(pages.map((page) => page.kind)).toEqual(['course', 'project', 'benchmark', 'talk', 'post']);
  });
});

describe('graphPage', () => {
  it('draws the example site: a node per page, the front-matter references as edges', async () => {
    const pages = knowledgePages(await exampleSite(), pageOf());
    // What the lead's link index will find in these front matters: the benchmark's `project`.
    const links: KnowledgeLink[] = [{from: '/docs/benchmarks/titanic', to: '/docs/projects/triage', kind: 'reference'}];
    expect(graphPage(pages, links)).toEqual({
      kinds: [
        {kind: 'course', label: {one: 'course', many: 'Courses'}, count: 1},
        {kind: 'paper', label: {one: 'paper', many: 'Papers'}, count: 1},
        {kind: 'project', label: {one: 'project', many: 'Projects'}, count: 1},
        {kind: 'benchmark', label: {one: 'benchmark result', many: 'Benchmarks'}, count: 1},
        {kind: 'talk', label: {one: 'talk', many: 'Talks'}, count: 1},
        {kind: 'post', label: {one: 'post', many: 'Posts'}, count: 1},
        {kind: 'note', label: {one: 'note', many: 'Notes'}, count: 1},
      ],
      nodes: [
        {id: '/docs/courses/ml-basics', title: 'ML basics', kind: 0, degree: 0},
        {id: '/papers/attention', title: 'Attention Is All You Need', kind: 1, degree: 0},
        {id: '/docs/projects/triage', title: 'Blood-panel triage', kind: 2, degree: 1},
        {id: '/docs/benchmarks/titanic', title: 'Titanic', kind: 3, degree: 1},
        {id: '/docs/talks/meetup', title: 'What I learned', kind: 4, degree: 0},
        {id: '/blog/2025-10-01-hello', title: 'Hello', kind: 5, degree: 0},
        {id: '/docs/notes/math', title: 'Math notes', kind: 6, degree: 0},
      ],
      edges: [[2, 3]],
    });
  });

  it('draws one edge per pair of pages, whatever the direction and kind of their links', () => {
    const pages: KnowledgePage[] = [
      {permalink: '/docs/notes/b', title: 'B', kind: 'note'},
      {permalink: '/papers/a', title: 'A', kind: 'paper'},
      {permalink: '/docs/notes/c', title: 'C', kind: 'note'},
    ];
    const links: KnowledgeLink[] = [
      {from: '/docs/notes/b', to: '/papers/a', kind: 'citation'},
      {from: '/docs/notes/b', to: '/papers/a', kind: 'wikilink'},
      {from: '/papers/a', to: '/docs/notes/b', kind: 'related'},
      {from: '/docs/notes/c', to: '/docs/notes/b', kind: 'markdown'},
      // Left out: a page's link to itself, links to or from a page not on the map.
      {from: '/docs/notes/c', to: '/docs/notes/c', kind: 'markdown'},
      {from: '/docs/notes/c', to: '/docs/notes/draft', kind: 'wikilink'},
      {from: '/docs/notes/draft', to: '/papers/a', kind: 'citation'},
    ];
    const graph = graphPage(pages, links);
    // Kinds in registry order (papers before notes), whatever order the pages came in.
    expect(graph.kinds).toEqual([
      {kind: 'paper', label: {one: 'paper', many: 'Papers'}, count: 1},
      {kind: 'note', label: {one: 'note', many: 'Notes'}, count: 2},
    ]);
    expect(graph.nodes.map((node) => [node.id, node.kind, node.degree])).toEqual([
      ['/papers/a', 0, 1],
      ['/docs/notes/b', 1, 2],
      ['/docs/notes/c', 1, 1],
    ]);
    expect(graph.edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('has no nodes and no kinds without pages, and counts a page listed twice once', () => {
    expect(graphPage([], [])).toEqual({kinds: [], nodes: [], edges: []});
    const page: KnowledgePage = {permalink: '/papers/a', title: 'A', kind: 'paper'};
    expect(graphPage([page, page], []).nodes).toHaveLength(1);
  });

  it('stays small at 2,000 papers and 6,000 links: under 60 KB gzipped', () => {
    const pages: KnowledgePage[] = Array.from({length: 2000}, (_, i) => ({
      permalink: `/papers/paper-number-${i}`,
      title: `A paper title of a usual length, number ${i}`,
      kind: i % 10 === 0 ? 'note' : 'paper',
    }));
    const links: KnowledgeLink[] = Array.from({length: 6000}, (_, i) => ({
      from: pages[i % 2000]!.permalink,
      to: pages[(i + 1 + Math.floor(i / 2000) * 37) % 2000]!.permalink,
      kind: 'citation',
    }));
    const graph = graphPage(pages, links);
    expect(graph.nodes).toHaveLength(2000);
    expect(graph.edges.length).toBeGreaterThan(5000);
    const bytes = gzipSync(JSON.stringify(graph)).length;
    console.log(`graph data at 2,000 pages and ${graph.edges.length} edges: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThan(60_000);
  });
});
