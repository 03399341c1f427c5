import {describe, expect, it} from 'vitest';
import {readBuiltPage} from '../../plugins/search/algolia/builtPage';
import {MAX_RECORD_BYTES, pageRecords, paperRecord} from '../../plugins/search/algolia/records';
import {paperRow} from '../support/paperRow';

const PAPER_PAGE = `<html lang=en class="docs-wrapper plugin-docs plugin-id-papers docs-version-current docs-doc-page">
<head><title>BERT | Site</title><link rel=canonical href=https://example.org/papers/bert /></head>
<body><nav>Menu</nav><article><nav class=theme-doc-breadcrumbs>Home</nav>
<header><h1>BERT</h1></header><p>Masked language modelling.</p>
<h2 id=setup>Setup<a class=hash-link href=#setup>&#8203;</a></h2><p>Fine-tune on <span class=katex>x^2</span>GLUE.</p>
<pre><code>python train.py --secret-flag</code></pre>
<ul><li>One point</li><li><p>Two</p></li></ul>
<h3 id=details>Details</h3><p>Batch 32.</p>
<footer class=theme-doc-footer>Tags: nlp</footer></article></body></html>`;

describe('readBuiltPage', () => {
  it('reads a paper page’s title, headings and text, without code, math and chrome', () => {
    expect(readBuiltPage(PAPER_PAGE)).toEqual({
      url: 'https://example.org/papers/bert',
      kind: 'paper',
      docusaurusTag: 'docs-papers-current',
      language: 'en',
      title: 'BERT',
      intro: ['Masked language modelling.'],
      sections: [
        {level: 2, title: 'Setup', anchor: 'setup', texts: ['Fine-tune on GLUE.', 'One point', 'Two']},
        {level: 3, title: 'Details', anchor: 'details', texts: ['Batch 32.']},
      ],
    });
  });

  it('skips unlisted pages and pages that are not notes, papers or posts', () => {
    const unlisted = PAPER_PAGE.replace('<head>', '<head><meta name=robots content="noindex, nofollow">');
    expect(readBuiltPage(unlisted)).toBeUndefined();
    expect(
      readBuiltPage('<html class="plugin-roadmap"><body><article><h1>Progress</h1></article></body></html>'),
    ).toBeUndefined();
  });

  it('reads a blog post as a post', () => {
    const post = PAPER_PAGE.replace(
      'docs-wrapper plugin-docs plugin-id-papers docs-version-current docs-doc-page',
      'blog-wrapper blog-post-page plugin-blog plugin-id-default',
    );
    expect(readBuiltPage(post)).toMatchObject({kind: 'post', docusaurusTag: 'default'});
  });
});

describe('pageRecords', () => {
  const page = readBuiltPage(PAPER_PAGE)!;

  it('makes DocSearch records: the page, each heading and each paragraph, under their headings', () => {
    const records = pageRecords(page);
    expect(records.map((r) => [r.type, r.url, r.hierarchy.lvl2, r.hierarchy.lvl3, r.content])).toEqual([
      ['lvl1', 'https://example.org/papers/bert', null, null, null],
      ['content', 'https://example.org/papers/bert', null, null, 'Masked language modelling.'],
      ['lvl2', 'https://example.org/papers/bert#setup', 'Setup', null, null],
      ['content', 'https://example.org/papers/bert#setup', 'Setup', null, 'Fine-tune on GLUE.'],
      ['content', 'https://example.org/papers/bert#setup', 'Setup', null, 'One point'],
      ['content', 'https://example.org/papers/bert#setup', 'Setup', null, 'Two'],
      ['lvl3', 'https://example.org/papers/bert#details', 'Setup', 'Details', null],
      ['content', 'https://example.org/papers/bert#details', 'Setup', 'Details', 'Batch 32.'],
    ]);
    expect(records[0]).toMatchObject({
      hierarchy: {lvl0: 'Papers', lvl1: 'BERT'},
      language: 'en',
      docusaurus_tag: 'docs-papers-current',
      kind: 'paper',
    });
    expect(new Set(records.map((r) => r.objectID)).size).toBe(records.length);
  });

  it('splits a paragraph too big for one record into records under 10 KB, losing no word', () => {
    const words = Array.from({length: 4_000}, (_, i) => `word${i}`);
    const records = pageRecords({...page, intro: [words.join(' ')], sections: []});
    const pieces = records.filter((r) => r.type === 'content');
    expect(pieces.length).toBe(4);
    for (const record of pieces)
      expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(pieces.map((r) => r.content).join(' ')).toBe(words.join(' '));
    expect(pieces.map((r) => r.objectID)).toEqual([1, 2, 3, 4].map((n) => `https://example.org/papers/bert#1-${n}`));
  });
});

describe('DocSearch with contextualSearch (docusaurus.config.ts) over the shared index', () => {
  // The facet filters Docusaurus's Algolia theme sends on this site: the locale, and any of the
  // search tags of the blog and of the two docs instances (useAlgoliaContextualFacetFilters).
  const CONTEXT = {language: 'en', tags: ['default', 'docs-default-current', 'docs-papers-current']};
  const shown = (record: {language: string; docusaurus_tag?: string}) =>
    record.language === CONTEXT.language && CONTEXT.tags.includes(record.docusaurus_tag ?? '');

  it('shows every page record and none of the paper-log records, which have no hierarchy to show', () => {
    const page = readBuiltPage(PAPER_PAGE);
    if (!page) throw new Error('the paper page should be read');
    const records = pageRecords(page);
    expect(records.length).toBeGreaterThan(0);
    expect(records.filter(shown)).toEqual(records);
    expect(shown(paperRecord(paperRow('bert'), 'https://example.org'))).toBe(false);
  });
});
