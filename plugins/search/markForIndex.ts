import type {SearchablePage} from './searchablePages';

/**
 * Parts of a page that are not its text: code blocks (the issue: code is not
 * indexed; a notebook's code cells are, issue 18), math (KaTeX's markup reads as noise), and the chrome inside the
 * article (breadcrumbs, the mobile table of contents, tags and edit links in
 * the footer, previous/next).
 */
export const NOT_INDEXED = [
  // A notebook's code cells are indexed (issue 18): markForIndex marks their <pre>.
  'pre:not([data-notebook-code])',
  // A notebook's saved outputs (they also carry data-pagefind-ignore; Algolia's records read this list).
  '.notebook-output',
  '.katex',
  // A view's rows (theme/View): the notes it lists are found on their own pages.
  '[data-view]',
  // The "#" link beside each heading: a zero-width space that ends up in section titles.
  '.hash-link',
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.theme-blog-footer-edit-meta-row',
  'footer',
  '.pagination-nav',
  'nav',
] as const;

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The page's HTML as Pagefind should read it: its `<article>` is the indexed
 * body, and a block Pagefind reads but the reader never sees carries the kind,
 * section, tags and year as filters and metadata. Tags are also indexed as
 * text, so searching "transformers" finds a page tagged with it.
 */
export function markForIndex(html: string, page: SearchablePage, file: string): string {
  const start = html.indexOf('<article');
  if (start === -1) throw new Error(`search: ${file} (${page.permalink}) has no <article> to index`);
  const open = html.indexOf('>', start) + 1;
  const filter = (name: string, value: string) => `<span data-pagefind-filter="${name}">${escapeText(value)}</span>`;
  const unindexed = [
    filter('kind', page.kind),
    ...(page.year === undefined ? [] : [filter('year', String(page.year))]),
    ...page.tags.map((tag) => filter('tag', tag)),
    // Pagefind would title a result by the page's first <h1>; the model's title names it everywhere else.
    `<span data-pagefind-meta="title">${escapeText(page.title)}</span>`,
    `<span data-pagefind-meta="section">${escapeText(page.section)}</span>`,
    `<span data-pagefind-meta="kind">${page.kind}</span>`,
  ].join('');
  const tagText = page.tags.length === 0 ? '' : `<p>${page.tags.map(escapeText).join(' ')}</p>`;
  // Filters first; tag words last, so that an excerpt starts with the page's own words.
  const close = html.indexOf('</article>', open);
  if (close === -1) throw new Error(`search: ${file} (${page.permalink}) has an <article> that does not end`);
  // The title is the result's own (meta, still searched): an excerpt that repeated it would show no match in context.
  const heading = html.indexOf('<h1', open);
  const body = withNotebookCodeMarked(
    heading === -1 || heading > close
      ? html.slice(open, close)
      : `${html.slice(open, heading)}<h1 data-pagefind-ignore${html.slice(heading + '<h1'.length, close)}`,
  );
  return [
    html.slice(0, start),
    `<article data-pagefind-body${html.slice(start + '<article'.length, open)}`,
    `<div hidden data-pagefind-ignore>${unindexed}</div>`,
    body,
    tagText === '' ? '' : `<div hidden>${tagText}</div>`,
    html.slice(close),
  ].join('');
}

/**
 * A notebook's code cells are searched (issue 18), other code blocks are not:
 * the `<pre>` of each code cell (inside the `notebook-code` wrapper the
 * notebook renderer writes) gets the attribute NOT_INDEXED spares. Pagefind's
 * selectors cannot say "a pre inside that div" themselves.
 */
function withNotebookCodeMarked(html: string): string {
  return html.replace(/(<div class="?notebook-code"?>[\s\S]*?<pre)(?=[\s>])/g, '$1 data-notebook-code');
}
