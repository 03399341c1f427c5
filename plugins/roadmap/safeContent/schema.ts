import {defaultSchema, type Schema} from 'hast-util-sanitize';

/**
 * What an untrusted content file may put on a page: GitHub's allowlist
 * (hast-util-sanitize's default schema), extended only as far as the site's
 * own Markdown output needs, and narrowed where GitHub relies on things this
 * site does not have (a proxy for images, a script that rewrites `#anchors`).
 *
 * The sanitizer runs right after rehype-raw and before rehype-katex
 * (docusaurus.config.ts, `beforeDefaultRehypePlugins`). So the allowlist sees
 * the author's math as remark-math wrote it (`<code class="language-math
 * math-inline">`), not KaTeX's MathML and inline styles: those come from
 * KaTeX itself, which with its default `trust: false` writes no link, class
 * or style an author chooses. Letting authors write `style` to keep KaTeX's
 * would let them load images from other hosts (`background:url(…)`).
 */

/** Admonition types Docusaurus knows (`:::note` …); a `.md` file can name no other. */
const ADMONITION_TYPES = ['secondary', 'info', 'success', 'danger', 'note', 'tip', 'warning', 'important', 'caution'];

/**
 * A URL on this site: no scheme and no second slash or backslash after the
 * first (`//host/x` and `/\host/x` reach another host). Browsers drop tabs and
 * line breaks anywhere in a URL and leading spaces and control characters, so
 * the pattern allows for them before it decides.
 */
export const SAME_SITE_URL = /^(?![\u0000-\u0020]*[/\\][\t\n\r]*[/\\])(?![\u0000-\u0020]*[a-z][a-z0-9+.\-\t\n\r]*:)/i;

const defaults = defaultSchema.attributes ?? {};

export const safeContentSchema: Schema = {
  ...defaultSchema,
  // GitHub prefixes ids with `user-content-` and rewrites links with a script.
  // Here Docusaurus's heading anchors (`#my-heading`, picked by the author's
  // own heading text) and remark-rehype's footnote ids (already prefixed) must
  // keep their values for the table of contents and footnote links to work.
  clobber: [],
  clobberPrefix: '',
  // Dropped with their content, which is code or markup, not text to read.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'xmp', 'noembed', 'noframes', 'textarea'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    // Docusaurus's admonitions (`:::note[Title]`), rendered by its Admonition component.
    'admonition',
    'mdxAdmonitionTitle',
  ],
  attributes: {
    ...defaults,
    // No `id` or `name` of the author's choosing on just any element: with
    // GitHub's prefix turned off (above), `<img name="…">` or `<div id="…">`
    // would clobber the page's globals (window.x, document.x). Headings keep
    // the ids Docusaurus gives them, footnotes the prefixed ids remark-rehype
    // gives them.
    '*': (defaults['*'] ?? []).filter((name) => name !== 'id' && name !== 'name'),
    ...Object.fromEntries(
      ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((heading) => [heading, [...(defaults[heading] ?? []), 'id']]),
    ),
    a: [...(defaults.a ?? []), ['id', /^user-content-fnref-/]],
    li: [...(defaults.li ?? []), ['id', /^user-content-fn-/]],
    // remark-math's output, which rehype-katex replaces after the sanitizer;
    // a code block's meta line (`title="x.py" showLineNumbers`), which
    // Docusaurus's CodeBlock shows as text.
    code: [['className', /^language-./, 'math-inline', 'math-display'], 'metastring'],
    admonition: [['type', ...ADMONITION_TYPES], 'title', 'id'],
    // Images load from this site only: nothing an author writes may make a
    // reader's browser contact another host.
    img: [...(defaults.img ?? []).filter((name) => name !== 'src'), ['src', SAME_SITE_URL]],
    // `srcset` would be a second, unchecked way to load an image.
    source: [],
    // A notebook's rendered outputs (notebook/notebookMarkdown.ts): the site's
    // own classes, styled in src/css/custom.css, and the mark that keeps an
    // output out of the search index. Classes and a search hint are all an
    // author gains by writing them too.
    div: [...(defaults.div ?? []), ['className', /^notebook-[a-z-]+$/], ['dataPagefindIgnore', 'all']],
    span: [...(defaults.span ?? []), ['className', /^ansi-[a-z0-9-]+$/]],
    details: [...(defaults.details ?? []), ['className', /^notebook-[a-z-]+$/]],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ['http', 'https'],
  },
};
