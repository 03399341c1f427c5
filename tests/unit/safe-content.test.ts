import type {Element, Root} from 'hast';
import {toHtml} from 'hast-util-to-html';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {sanitizeContent, sanitizeHtml} from '../../plugins/roadmap/safeContent/sanitizeContent';
import {mightHoldUnsafeContent, unsafeContentProblems} from '../../plugins/roadmap/safeContent/unsafeContentProblems';
import {attackFiles, BENIGN_FILES, CONTEXTS, HTML_VECTORS, IMAGE_VECTORS, URL_VECTORS} from '../support/attackCorpus';
import {writeSite} from '../../scripts/corpus/exampleSite';

/**
 * Vectors that Markdown or the HTML parser itself turns into nothing or text,
 * so there is nothing for the sanitizer to remove or check to report: not a
 * valid CommonMark tag (`<script/xss …>`, `<img/src=…>`: shown as text), or
 * a tag the HTML parser drops inside a page's body (`<body>`, `<frameset>`).
 * The browser test proves them inert on the built page.
 */
export const INERT_BY_PARSING = [
  'script with a slash for a space',
  'img onerror, no quotes or spaces',
  'body onload',
  'frameset onload',
];

describe('the attack corpus through check', () => {
  it('reports every vector in every construction at its line, or it is inert by parsing', async () => {
    const {files, placements} = attackFiles('docs/attacks');
    const reported = new Map<string, Set<number>>();
    for (const [file, text] of Object.entries(files))
      reported.set(file, new Set((await unsafeContentProblems(file, text)).map((p) => p.line!)));
    const missed = placements
      .filter((p) => !reported.get(p.file)!.has(p.line))
      .map((p) => `${p.vector} (${p.context})`);
    const inert = placements
      .filter((p) => INERT_BY_PARSING.includes(p.vector))
      .map((p) => `${p.vector} (${p.context})`);
    expect(missed).toEqual(inert);
    // The counts of the closing note.
    expect(HTML_VECTORS.length + URL_VECTORS.length + IMAGE_VECTORS.length).toBeGreaterThanOrEqual(60);
    expect(CONTEXTS.length).toBe(13);
    expect(placements.length - missed.length).toBe(placements.length - inert.length);
  });

  it('the pre-filter lets every vector through on its own, in every construction', () => {
    const skipped: string[] = [];
    CONTEXTS.forEach((context, c) => {
      const vectors = context.definition ? URL_VECTORS : [...HTML_VECTORS, ...URL_VECTORS, ...IMAGE_VECTORS];
      for (const vector of vectors) {
        const payload = vector.html.replaceAll('{n}', String(c));
        const markdown = HTML_VECTORS.includes(vector)
          ? payload
          : IMAGE_VECTORS.includes(vector)
            ? `![x](${payload})`
            : context.definition
              ? payload
              : `[x](${payload})`;
        const text = `---\ntitle: T\n---\n\n${context.wrap(markdown, c)}\n`;
        if (!mightHoldUnsafeContent(text)) skipped.push(`${vector.name} (${context.name})`);
      }
    });
    expect(skipped).toEqual([]);
  });

  it('reports nothing on the benign pages', async () => {
    for (const [file, text] of Object.entries(BENIGN_FILES))
      expect(await unsafeContentProblems(file, text)).toEqual([]);
  });

  it('reads Markdown pages under src/pages too', async () => {
    const site = await writeSite({
      'src/pages/evil.md': '# Evil\n\n<script>alert(1)</script>\n',
      'src/pages/_draft.md': '<script>alert(2)</script>\n',
    });
    const {problems} = await checkSite(site, {today: '2026-11-25'});
    expect(problems.map(formatProblem)).toEqual([
      `src/pages/evil.md:3 <script>: removed with its content (a script runs in the reader's browser; expected Markdown or the HTML GitHub allows in a README, or the file listed in trustedContent.ts, got "<script>alert(1)</script>")`,
    ]);
  });
});

describe('sanitizeContent keeps what Docusaurus made and cleans what the author wrote', () => {
  const img = (properties: Element['properties']): Element => ({
    type: 'element',
    tagName: 'img',
    properties,
    children: [],
  });

  it('keeps the JSX of a local image and the page header, and cleans their children', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'header',
          attributes: [],
          children: [
            {type: 'element', tagName: 'h1', properties: {}, children: [img({src: 'x', onError: 'alert(1)'})]},
          ],
        },
        {type: 'mdxFlowExpression', value: 'alert(2)'},
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            {
              type: 'mdxJsxTextElement',
              name: 'img',
              attributes: [{type: 'mdxJsxAttribute', name: 'alt', value: 'local'}],
              children: [],
            },
          ],
        },
      ],
    };
    const clean = sanitizeContent(tree);
    expect(clean.children.map((node) => node.type)).toEqual(['mdxJsxFlowElement', 'element']);
    const header = clean.children[0] as {children: Element[]};
    expect(header.children[0]!.children).toEqual([img({src: 'x'})]);
    expect((clean.children[1] as Element).children[0]).toMatchObject({type: 'mdxJsxTextElement', name: 'img'});
  });

  it('cleans the HTML strings of the table of contents, which Docusaurus renders unparsed', () => {
    const literal = (value: string) => ({type: 'Literal' as const, value});
    const property = (key: string, value: string) => ({
      type: 'Property' as const,
      key: literal(key),
      value: literal(value),
      kind: 'init' as const,
      method: false,
      shorthand: false,
      computed: false,
    });
    const toc = {
      type: 'ObjectExpression' as const,
      properties: [property('value', 'Hi <img src=x onerror=alert(1)><code>&lt;b&gt;</code>'), property('id', 'hi')],
    };
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'mdxjsEsm',
          value: '',
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{type: 'ExpressionStatement', expression: {type: 'ArrayExpression', elements: [toc]}}],
            },
          },
        },
      ],
    };
    sanitizeContent(tree);
    expect(toc.properties[0]!.value).toMatchObject({value: 'Hi <img src="x"><code>&#x3C;b></code>'});
    expect(toc.properties[1]!.value).toMatchObject({value: 'hi'});
  });

  it('keeps heading ids, footnote ids and math as Docusaurus and remark-math write them', () => {
    const html =
      '<h2 id="my-heading">H</h2><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>' +
      '<code class="language-math math-inline">a&lt;b</code><pre><code class="language-js" metastring="title=&quot;a.js&quot;">x</code></pre>';
    // Only the serialization differs (hast-util-to-html's quoting).
    expect(sanitizeHtml(html)).toBe(
      '<h2 id="my-heading">H</h2><sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>' +
        '<code class="language-math math-inline">a&#x3C;b</code><pre><code class="language-js" metastring="title=&#x22;a.js&#x22;">x</code></pre>',
    );
  });

  it('drops ids and names that could clobber the page’s globals, keeping headings’ and footnotes’', () => {
    expect(
      sanitizeHtml(
        '<div id="__docusaurus" name="x"><img name="getElementById" src="/a.png"><a id="location" href="/b">b</a>' +
          '<li id="user-content-fn-2">n</li><h3 id="setup">Setup</h3></div>',
      ),
    ).toBe('<div><img src="/a.png"><a href="/b">b</a><li id="user-content-fn-2">n</li><h3 id="setup">Setup</h3></div>');
  });

  it('keeps a Docusaurus admonition with its type and title, not a made-up type', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'admonition',
          properties: {type: 'note', title: 'Hi', className: ['x']},
          children: [],
        },
        {type: 'element', tagName: 'admonition', properties: {type: 'evil'}, children: []},
      ],
    };
    expect(toHtml(sanitizeContent(tree))).toBe(
      '<admonition type="note" title="Hi"></admonition><admonition></admonition>',
    );
  });
});
