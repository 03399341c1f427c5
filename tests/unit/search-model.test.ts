import {describe, expect, it} from 'vitest';
import {facetCounts} from '../../plugins/search/client/facetCounts';
import type {PagefindFilters, PagefindResponse} from '../../plugins/search/client/pagefindClient';
import {markForIndex} from '../../plugins/search/markForIndex';
import {searchablePages, type SearchableContent} from '../../plugins/search/searchablePages';
import {
  EMPTY_SEARCH,
  pagefindFilters,
  searchQueryFromUrl,
  searchQueryToUrl,
  toggled,
  withKind,
} from '../../plugins/search/client/searchQuery';
import {searchModeOf} from '../../plugins/search/searchMode';

type Doc = {
  source: string;
  permalink: string;
  title: string;
  unlisted?: boolean;
  draft?: boolean;
  tags?: {label: string}[];
  frontMatter?: Record<string, unknown>;
};

function doc({tags = [], frontMatter = {}, unlisted = false, draft = false, ...rest}: Doc) {
  return {...rest, tags, frontMatter, unlisted, draft};
}

/** Only the fields searchablePages reads, shaped as Docusaurus loads them. */
function content(docs: Doc[], papers: Doc[], posts: Doc[]): SearchableContent {
  return {
    'docusaurus-plugin-content-docs': {
      default: {loadedVersions: [{docs: docs.map(doc)}]},
      papers: {loadedVersions: [{docs: papers.map(doc)}]},
    },
    'docusaurus-plugin-content-blog': {
      default: {
        blogPosts: posts.map((post) => ({
          metadata: {...doc(post), frontMatter: post.frontMatter ?? {}},
        })),
      },
    },
  } as unknown as SearchableContent;
}

describe('searchablePages', () => {
  const pages = searchablePages(
    content(
      [
        {
          source: '@site/docs/courses/ng-ml-spec/index.md',
          permalink: '/docs/courses/ng-ml-spec/',
          title: 'ML Specialization',
        },
        {
          source: '@site/docs/courses/ng-ml-spec/regression.md',
          permalink: '/docs/courses/ng-ml-spec/regression',
          title: 'Regression',
        },
        {source: '@site/docs/courses/index.md', permalink: '/docs/courses/', title: 'Curriculum'},
        {source: '@site/docs/projects/triage.md', permalink: '/docs/projects/triage', title: 'Triage'},
        {source: '@site/docs/notes/setup.md', permalink: '/docs/notes/setup', title: 'Setup'},
        {source: '@site/docs/notes/secret.md', permalink: '/docs/notes/secret', title: 'Secret', unlisted: true},
      ],
      [
        {
          source: '@site/papers/bert.md',
          permalink: '/papers/bert',
          title: 'BERT',
          tags: [{label: 'transformers'}, {label: 'nlp'}],
          frontMatter: {year: 2018},
        },
        {source: '@site/papers/hidden.md', permalink: '/papers/hidden', title: 'Hidden', unlisted: true},
      ],
      [
        {source: '@site/blog/2025-10-01-hello.md', permalink: '/blog/hello', title: 'Hello', tags: [{label: 'meta'}]},
        {source: '@site/blog/2025-10-02-wip.md', permalink: '/blog/wip', title: 'WIP', frontMatter: {draft: true}},
      ],
    ),
  );

  it('keeps every listed note, paper and post, with its kind and section', () => {
    expect(pages).toEqual([
      {permalink: '/docs/courses/ng-ml-spec/', kind: 'note', title: 'ML Specialization', section: 'Courses', tags: []},
      {
        permalink: '/docs/courses/ng-ml-spec/regression',
        kind: 'note',
        title: 'Regression',
        section: 'Courses › ML Specialization',
        tags: [],
      },
      {permalink: '/docs/courses/', kind: 'note', title: 'Curriculum', section: 'Courses', tags: []},
      {permalink: '/docs/projects/triage', kind: 'note', title: 'Triage', section: 'Projects', tags: []},
      {permalink: '/docs/notes/setup', kind: 'note', title: 'Setup', section: 'Notes', tags: []},
      {
        permalink: '/papers/bert',
        kind: 'paper',
        title: 'BERT',
        section: 'Papers',
        tags: ['transformers', 'nlp'],
        year: 2018,
      },
      {permalink: '/blog/hello', kind: 'post', title: 'Hello', section: 'Writing', tags: ['meta']},
    ]);
  });

  it('leaves unlisted and draft pages out', () => {
    const permalinks = pages.map((page) => page.permalink);
    expect(permalinks).not.toContain('/docs/notes/secret');
    expect(permalinks).not.toContain('/papers/hidden');
    expect(permalinks).not.toContain('/blog/wip');
  });
});

describe('markForIndex', () => {
  const page = {
    permalink: '/papers/bert',
    kind: 'paper' as const,
    title: 'BERT: pre-training <deep> transformers',
    section: 'Papers',
    tags: ['a<b', 'nlp'],
    year: 2018,
  };
  const html =
    '<html><body><nav>menu</nav><main><article class="x"><h1>BERT</h1><p>Text</p></article></main></body></html>';

  it("makes the article the indexed body, with filters and metadata (the model's title, not the <h1>) the reader does not see", () => {
    expect(markForIndex(html, page, 'papers/bert/index.html')).toBe(
      '<html><body><nav>menu</nav><main><article data-pagefind-body class="x">' +
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">paper</span>' +
        '<span data-pagefind-filter="year">2018</span><span data-pagefind-filter="tag">a&lt;b</span>' +
        '<span data-pagefind-filter="tag">nlp</span>' +
        '<span data-pagefind-meta="title">BERT: pre-training &lt;deep&gt; transformers</span>' +
        '<span data-pagefind-meta="section">Papers</span>' +
        '<span data-pagefind-meta="kind">paper</span></div>' +
        '<h1>BERT</h1><p>Text</p><div hidden><p>a&lt;b nlp</p></div></article></main></body></html>',
    );
  });

  it('names the file when a page has no article', () => {
    expect(() => markForIndex('<html><body>x</body></html>', page, 'papers/bert/index.html')).toThrow(
      'search: papers/bert/index.html (/papers/bert) has no <article> to index',
    );
  });
});

describe('the /search query in the URL', () => {
  it('round-trips words, kind, tags and years', () => {
    const query = {text: 'attention heads', kind: 'paper' as const, tag: ['nlp', 'vision'], year: ['2017']};
    const url = searchQueryToUrl(query);
    expect(url).toBe('?q=attention+heads&kind=paper&tag=nlp&tag=vision&year=2017');
    expect(searchQueryFromUrl(url)).toEqual(query);
  });

  it('ignores an unknown kind and a year that is not one', () => {
    expect(searchQueryFromUrl('?q=x&kind=video&year=latest')).toEqual({text: 'x', tag: [], year: []});
    expect(searchQueryToUrl(EMPTY_SEARCH)).toBe('');
  });

  it('turns into Pagefind filters: one kind, any of the tags, any of the years', () => {
    expect(pagefindFilters({text: '', kind: 'paper', tag: ['nlp'], year: ['2017', '2018']})).toEqual({
      kind: 'paper',
      tag: {any: ['nlp']},
      year: {any: ['2017', '2018']},
    });
    expect(pagefindFilters(EMPTY_SEARCH)).toEqual({});
  });

  it('drops the paper filters when the kind is no longer papers', () => {
    const papers = {text: 'x', kind: 'paper' as const, tag: ['nlp'], year: ['2017']};
    expect(withKind(papers, 'post')).toEqual({text: 'x', kind: 'post', tag: [], year: []});
    expect(withKind(papers, undefined)).toEqual({text: 'x', tag: [], year: []});
    expect(withKind(papers, 'paper')).toEqual(papers);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['b'], 'a')).toEqual(['b', 'a']);
  });
});

describe('facetCounts', () => {
  // Pagefind's counting, as observed on a built index: `filters` counts each value with every
  // current filter applied, `totalFilters` with none; both for the words alone.
  const pages = [
    {kind: 'paper', year: '2017', tag: ['attention', 'transformers']},
    {kind: 'paper', year: '2019', tag: ['transformers', 'pretraining']},
    {kind: 'paper', year: '2019', tag: ['vision']},
    {kind: 'note', tag: []},
  ];
  type Page = (typeof pages)[number];
  const valuesOf = (page: Page, facet: string): string[] =>
    facet === 'tag' ? page.tag : [page[facet as 'kind' | 'year'] ?? ''].filter(Boolean);
  const matches = (page: Page, filters: PagefindFilters) =>
    Object.entries(filters).every(([facet, wanted]) => {
      const any = typeof wanted === 'string' ? [wanted] : Array.isArray(wanted) ? wanted : wanted.any;
      return valuesOf(page, facet).some((value) => any.includes(value));
    });
  const count = (found: Page[]) => {
    const counts: Record<string, Record<string, number>> = {};
    for (const facet of ['kind', 'year', 'tag'])
      for (const page of pages)
        for (const value of valuesOf(page, facet)) {
          counts[facet] ??= {};
          counts[facet][value] = found.filter((hit) => valuesOf(hit, facet).includes(value)).length;
        }
    return counts;
  };
  const searches: PagefindFilters[] = [];
  const search = async (_text: string | null, filters: PagefindFilters): Promise<PagefindResponse> => {
    searches.push(filters);
    const found = pages.filter((page) => matches(page, filters));
    return {results: [], unfilteredResultCount: pages.length, filters: count(found), totalFilters: count(pages)};
  };

  it('counts a ticked facet without its own values, so a second year can still be added', async () => {
    const query = {text: 'x', kind: 'paper' as const, tag: [], year: ['2017']};
    searches.length = 0;
    const counts = await facetCounts(query, 'x', await search('x', pagefindFilters(query)), search);
    expect(counts.year).toEqual({'2017': 1, '2019': 2});
    // Tags: counted within 2017, the ticked year.
    expect(counts.tag).toEqual({attention: 1, transformers: 1, pretraining: 0, vision: 0});
    // Kind: over the words alone, so "Notes" says what choosing it gives.
    expect(counts.kind).toEqual({paper: 3, note: 1});
    expect(searches).toEqual([{kind: 'paper', year: {any: ['2017']}}, {kind: 'paper'}]);
  });

  it('needs no extra search when no paper filter is ticked, and counts only kinds outside papers', async () => {
    searches.length = 0;
    const papers = {text: 'x', kind: 'paper' as const, tag: [], year: []};
    const paperCounts = await facetCounts(papers, 'x', await search('x', pagefindFilters(papers)), search);
    expect(paperCounts.tag?.transformers).toBe(2);
    expect(searches).toHaveLength(1);
    const all = {text: 'x', tag: [], year: []};
    expect(await facetCounts(all, 'x', await search('x', {}), search)).toEqual({kind: {paper: 3, note: 1}});
  });
});

describe('searchModeOf', () => {
  const algolia = {ALGOLIA_APP_ID: 'APP', ALGOLIA_SEARCH_KEY: 'search-only', ALGOLIA_INDEX: 'roadmap'};

  it('is the local search with no Algolia variable, Algolia with all three', () => {
    expect(searchModeOf({})).toEqual({kind: 'local'});
    expect(searchModeOf({ALGOLIA_APP_ID: ' '})).toEqual({kind: 'local'});
    expect(searchModeOf(algolia)).toEqual({
      kind: 'algolia',
      appId: 'APP',
      searchKey: 'search-only',
      indexName: 'roadmap',
    });
  });

  it('names the missing variables when only some are set', () => {
    expect(() => searchModeOf({ALGOLIA_APP_ID: 'APP'})).toThrow(
      'search: ALGOLIA_APP_ID is set but ALGOLIA_SEARCH_KEY and ALGOLIA_INDEX are not (expected all of ALGOLIA_APP_ID, ALGOLIA_SEARCH_KEY, ALGOLIA_INDEX for Algolia, or none for the local search)',
    );
  });

  it('refuses to publish the admin key as the search key', () => {
    expect(() => searchModeOf({...algolia, ALGOLIA_SEARCH_KEY: 'admin', ALGOLIA_ADMIN_KEY: 'admin'})).toThrow(
      'search: ALGOLIA_SEARCH_KEY is the admin key',
    );
  });
});
