import {load} from 'cheerio';
import {NOT_INDEXED} from '../markForIndex';
import type {SearchKind} from '../../roadmap/site/searchKinds';

/** One heading of a page and the text below it, up to the next heading. */
export interface PageSection {
  level: 2 | 3;
  title: string;
  anchor: string;
  texts: string[];
}

/** What the Algolia records of one built page are made from. */
export interface BuiltPage {
  url: string;
  kind: SearchKind;
  /** DocSearch's `docusaurus_tag`: which plugin instance the page belongs to. */
  docusaurusTag: string;
  language: string;
  title: string;
  /** Text before the first heading. */
  intro: string[];
  sections: PageSection[];
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Reads a page of the build the way a search index should: only doc and paper
 * pages and blog posts, not unlisted ones, the article's text without code,
 * math and chrome (the same parts the local index leaves out). Returns
 * undefined for any other page.
 */
export function readBuiltPage(html: string): BuiltPage | undefined {
  const $ = load(html);
  const classes = ($('html').attr('class') ?? '').split(/\s+/);
  const docPage = classes.includes('docs-doc-page');
  const postPage = classes.includes('blog-post-page');
  if (!docPage && !postPage) return undefined;
  // Docusaurus marks unlisted pages noindex; they stay out of search as out of every list.
  if (($('meta[name="robots"]').attr('content') ?? '').includes('noindex')) return undefined;
  const url = $('link[rel="canonical"]').attr('href');
  if (!url) return undefined;
  const instance = classes.find((name) => name.startsWith('plugin-id-'))?.slice('plugin-id-'.length) ?? 'default';
  const kind: SearchKind = postPage ? 'post' : instance === 'papers' ? 'paper' : 'note';
  const article = $('article').first();
  article.find(NOT_INDEXED.join(',')).remove();
  const title = squash(article.find('h1').first().text()) || squash($('title').text());
  const intro: string[] = [];
  const sections: PageSection[] = [];
  article.find('h2[id], h3[id], p, li, td, blockquote').each((_, element) => {
    const node = $(element);
    if (element.tagName === 'h2' || element.tagName === 'h3') {
      sections.push({
        level: element.tagName === 'h2' ? 2 : 3,
        title: squash(node.text()),
        anchor: node.attr('id') ?? '',
        texts: [],
      });
      return;
    }
    // A list item or cell holding a paragraph is read through the paragraph.
    if (element.tagName !== 'p' && node.find('p').length > 0) return;
    const text = squash(node.text());
    if (text === '') return;
    (sections.at(-1)?.texts ?? intro).push(text);
  });
  return {
    url,
    kind,
    docusaurusTag: postPage ? 'default' : `docs-${instance}-current`,
    language: $('html').attr('lang') ?? 'en',
    title,
    intro,
    sections,
  };
}
