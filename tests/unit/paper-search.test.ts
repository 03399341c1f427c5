import {describe, expect, it} from 'vitest';
import type {PaperRow} from '../../plugins/roadmap/model/paperLog';
import {
  activeFilters,
  EMPTY_QUERY,
  queryFromUrl,
  queryToUrl,
  type PaperQuery,
} from '../../plugins/roadmap/paperSearch/paperQuery';
import {buildPaperIndex, searchPapers} from '../../plugins/roadmap/paperSearch/paperSearch';
import {paperRow} from '../support/paperRow';

const ROWS: PaperRow[] = [
  paperRow('attention', {
    title: 'Attention Is All You Need',
    authors: ['Ashish Vaswani'],
    year: 2017,
    venue: 'NeurIPS',
    status: 'reproduced',
    read: '2025-10-12',
    tags: ['transformers', 'attention'],
    hasResults: true,
    takeaway: 'Attention replaces recurrence',
  }),
  paperRow('bert', {
    title: 'BERT: Pre-training of Deep Bidirectional Transformers',
    authors: ['Jacob Devlin'],
    year: 2019,
    venue: 'NAACL',
    read: '2025-10-05',
    tags: ['transformers', 'pretraining'],
    takeaway: 'Tokenization matters',
    next: 'Add attention probes',
  }),
  paperRow('resnet', {
    title: 'Deep Residual Learning',
    authors: ['Kaiming He'],
    year: 2016,
    venue: 'CVPR',
    read: '2025-09-28',
    tags: ['vision'],
  }),
  paperRow('vit', {
    title: 'An Image Is Worth 16x16 Words',
    authors: ['Alexey Dosovitskiy'],
    year: 2021,
    venue: 'ICLR',
    status: 'queued',
    tags: ['vision', 'transformers'],
  }),
];
const INDEX = buildPaperIndex(ROWS);
const run = (query: Partial<PaperQuery>) => searchPapers(INDEX, {...EMPTY_QUERY, ...query});
const slugs = (query: Partial<PaperQuery>) => run(query).rows.map((r) => r.slug);

describe('searchPapers', () => {
  it('lists everything by log date when nothing is asked', () => {
    expect(slugs({})).toEqual(['attention', 'bert', 'resnet', 'vit']);
  });

  it('puts an exact title match first', () => {
    expect(slugs({text: 'attention'})[0]).toBe('attention');
    expect(slugs({text: 'attention'})).toContain('bert'); // "attention probes" in its next experiment
  });

  it('tolerates a typo and matches prefixes as you type', () => {
    expect(slugs({text: 'residul'})).toEqual(['resnet']);
    expect(slugs({text: 'dosovit'})).toEqual(['vit']);
  });

  it('combines any-of within a facet and all-of across facets', () => {
    expect(slugs({status: ['read', 'queued']})).toEqual(['bert', 'resnet', 'vit']);
    expect(slugs({status: ['read', 'queued'], tag: ['vision']})).toEqual(['resnet', 'vit']);
    expect(slugs({tag: ['vision', 'pretraining'], yearFrom: 2019})).toEqual(['bert', 'vit']);
    expect(slugs({withResults: true})).toEqual(['attention']);
  });

  it('counts each facet with the other facets applied', () => {
    const result = run({tag: ['vision']});
    expect(result.facets.status).toEqual([
      {value: 'queued', count: 1, selected: false},
      {value: 'read', count: 1, selected: false},
    ]);
    // The tag facet ignores its own selection: ticking "transformers" too would add these.
    expect(result.facets.tag.find((f) => f.value === 'transformers')).toEqual({
      value: 'transformers',
      count: 3,
      selected: false,
    });
    expect(result.facets.tag.find((f) => f.value === 'vision')).toEqual({value: 'vision', count: 2, selected: true});
    expect(result.withResultsCount).toBe(0);
  });

  it('sorts by year or title', () => {
    expect(slugs({sort: 'year'})).toEqual(['vit', 'bert', 'attention', 'resnet']);
    expect(slugs({sort: 'title'})).toEqual(['vit', 'attention', 'bert', 'resnet']);
  });
});

describe('the query in the URL', () => {
  it('round-trips every part', () => {
    const query: PaperQuery = {
      text: 'self attention',
      status: ['read', 'reproduced'],
      venue: ['NeurIPS'],
      tag: ['a b'],
      yearFrom: 2017,
      yearTo: 2020,
      withResults: true,
      sort: 'year',
    };
    const url = queryToUrl(query);
    expect(url).toBe(
      '?q=self+attention&status=read&status=reproduced&venue=NeurIPS&tag=a+b&from=2017&to=2020&results=1&sort=year',
    );
    expect(queryFromUrl(url)).toEqual(query);
  });

  it('keeps a plain /papers plain and ignores nonsense', () => {
    expect(queryToUrl(EMPTY_QUERY)).toBe('');
    expect(queryFromUrl('?sort=random&from=abc')).toEqual(EMPTY_QUERY);
  });

  it('counts the filters that are on for the folded filters button: not the words, not the sort', () => {
    expect(activeFilters(queryFromUrl('?q=bert&sort=year'))).toBe(0);
    expect(activeFilters(queryFromUrl('?status=read&status=reproduced&tag=nlp&from=2017&results=1'))).toBe(5);
    expect(activeFilters(queryFromUrl('?venue=ACL&from=2017&to=2020'))).toBe(3);
  });
});

describe('a large log: words in more than half of the papers are matched as text, not scored', () => {
  const topics = ['attention', 'diffusion', 'retrieval', 'vision', 'speech'];
  const many = Array.from({length: 600}, (_, i) =>
    paperRow(`p${i}`, {
      title: `A study of ${topics[i % 5]} number ${i}`,
      read: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
    }),
  );
  const index = buildPaperIndex(many);
  const find = (text: string) => searchPapers(index, {...EMPTY_QUERY, text}).rows.map((r) => r.slug);

  it('knows which words are common', () => {
    expect([...index.commonWords].sort()).toEqual(['a', 'author', 'number', 'of', 'study']);
  });

  it('still requires every word, common or not', () => {
    const attention = many.filter((_, i) => i % 5 === 0).map((r) => r.slug);
    expect(find('study attention').sort()).toEqual([...attention].sort());
    expect(find('attention').sort()).toEqual([...attention].sort());
    // The last word is a prefix (as you type): 42, then 420 … 429.
    expect(find('study number 42')).toHaveLength(11);
    expect(find('study number 42')[0]).toBe('p42');
  });

  it('lists every paper with a common word in log order', () => {
    const rows = find('study');
    expect(rows).toHaveLength(600);
    // Newest log date (2025-01-28: i = 27, 55, 83, …) first, then by title: the attention ones.
    expect(rows.slice(0, 3)).toEqual(['p195', 'p335', 'p475']);
  });
});
