import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {XMLValidator} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {NOTEBOOKS_DIR} from '../../scripts/corpus/notebookSite';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {svgImage} from '../../plugins/roadmap/notebook/svgImage';
import {isSafeCss} from '../../plugins/roadmap/notebook/svgCss';
import {notebookMarkdown} from '../../plugins/roadmap/notebook/notebookMarkdown';
import {readNotebook} from '../../plugins/roadmap/notebook/readNotebook';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {HTML_VECTORS, IMAGE_VECTORS, URL_VECTORS} from '../support/attackCorpus';

const wrap = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"${attributes}>${inner}<rect id="a" width="1" height="1"/></svg>`;

/** The sanitized document, which must be well-formed XML whatever went in. */
function clean(text: string): {svg: string; removed: string[]} {
  const image = svgImage(text);
  expect(image.svg).toBeDefined();
  expect(XMLValidator.validate(image.svg!)).toBe(true);
  return {
    svg: image.svg!,
    removed: image.removed.map((r) => (r.attribute ? `<${r.element} ${r.attribute}="${r.value}">` : `<${r.element}>`)),
  };
}

/** The matplotlib figure of the gradient-descent fixture, as Jupyter saved it. */
function matplotlibSvg(): string {
  const notebook = JSON.parse(readFileSync(path.join(NOTEBOOKS_DIR, 'gradient-descent.ipynb'), 'utf8')) as {
    cells: {outputs?: {data?: Record<string, string[] | string>}[]}[];
  };
  const saved = notebook.cells.flatMap((c) => c.outputs ?? []).find((o) => o.data?.['image/svg+xml'])!.data![
    'image/svg+xml'
  ]!;
  return Array.isArray(saved) ? saved.join('') : saved;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('an SVG published from content is sanitized as an image', () => {
  // Each vector, what the sanitizer reports, and what must not survive in the file.
  const VECTORS: [string, string, string[], RegExp][] = [
    ['script', wrap('<script>alert(1)</script>'), ['<script>'], /script|alert/],
    ['svg onload', wrap('', ' onload="alert(1)"'), ['<svg onload="alert(1)">'], /onload|alert/],
    [
      'animate onbegin',
      wrap('<animate onbegin="alert(1)" attributeName="x" dur="1s"/>'),
      ['<animate>'],
      /animate|alert/,
    ],
    [
      'set href to javascript:',
      wrap('<a><set attributeName="href" to="javascript:alert(1)"/><text>t</text></a>'),
      ['<set>'],
      /set|javascript/,
    ],
    [
      'foreignObject with HTML',
      wrap(
        '<foreignObject width="9" height="9"><div onclick="alert(1)">hi<img src=x onerror=alert(2)></div></foreignObject>',
      ),
      ['<foreignObject>'],
      /foreignObject|div|img|alert|hi/,
    ],
    [
      'image from another host',
      wrap('<image href="https://evil.example/x.png" width="5" height="5"/>'),
      ['<image href="https://evil.example/x.png">'],
      /evil/,
    ],
    [
      'use of another file',
      wrap('<use href="https://evil.example/sprite.svg#a"/>'),
      ['<use href="https://evil.example/sprite.svg#a">'],
      /evil/,
    ],
    [
      'xlink:href javascript:',
      wrap('<a xlink:href="javascript:alert(1)"><text>click</text></a>'),
      ['<a xlink:href="javascript:alert(1)">'],
      /javascript|alert/,
    ],
    [
      'style @import',
      wrap('<style>@import url(https://evil.example/x.css); rect{fill:red}</style>'),
      ['<style>'],
      /@import|evil|fill:red/,
    ],
    [
      'style= background url',
      wrap('<rect width="2" height="2" style="background:url(https://evil.example/b.png)"/>'),
      ['<rect style="background:url(https://evil.example/b.png)">'],
      /evil|background/,
    ],
    [
      'DOCTYPE with an entity',
      `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>${wrap('<text>&x;</text>')}`,
      ['<!DOCTYPE>'],
      /DOCTYPE|ENTITY|script|alert/,
    ],
    [
      'an XSLT style sheet (xml-stylesheet), which could run script',
      `<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>${wrap('<?xml-stylesheet href="https://evil.example/y.css"?>')}`,
      [],
      /xml-stylesheet|evil/,
    ],
    [
      'filter, cursor and feImage that fetch',
      wrap(
        '<filter id="f"><feImage href="https://evil.example/i.png"/></filter><rect filter="url(https://evil.example/f.svg#f)" cursor="url(https://evil.example/c.cur), auto"/>',
      ),
      [
        '<feImage>',
        '<rect filter="url(https://evil.example/f.svg#f)">',
        '<rect cursor="url(https://evil.example/c.cur), auto">',
      ],
      /evil|feImage/,
    ],
    [
      'namespaced html:script',
      wrap('<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>'),
      ['<html:script>'],
      /script|alert/,
    ],
  ];

  for (const [name, text, removed, absent] of VECTORS) {
    it(`removes ${name}`, () => {
      const result = clean(text);
      expect(result.removed).toEqual(removed);
      expect(result.svg).not.toMatch(absent);
      // What is left is still the picture.
      expect(result.svg).toContain('<rect id="a" width="1" height="1"/>');
    });
  }

  it("the HTML sanitizer's attack corpus, inside an SVG, leaves nothing that runs or loads", () => {
    const unsafe = /\son[a-z]+=|javascript:|evil\.example|<script|foreignObject|<iframe/i;
    for (const vector of HTML_VECTORS) {
      const html = vector.html.replaceAll('{n}', '1');
      for (const text of [wrap(html), wrap(`<g>${html}</g>`), `${html}${wrap('')}`])
        expect(clean(text).svg, vector.name).not.toMatch(unsafe);
    }
    // The addresses, where an SVG takes one.
    for (const vector of [...IMAGE_VECTORS, ...URL_VECTORS]) {
      const url = vector.html.replaceAll('{n}', '1').replaceAll('"', '&quot;');
      const places = [
        `<image href="${url}"/>`,
        `<use xlink:href="${url}"/>`,
        `<a href="${url}"><text>x</text></a>`,
        `<rect fill="url(${url})"/>`,
        `<rect style="fill:url('${url}')"/>`,
      ];
      for (const place of places) expect(clean(wrap(place)).svg, `${vector.name} in ${place}`).not.toMatch(unsafe);
    }
  });

  it('keeps references inside the file and raster images inside it', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const result = clean(
      wrap(
        `<defs><clipPath id="c"><rect width="3" height="3"/></clipPath><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>` +
          `<use xlink:href="#a" x="2" clip-path="url(#c)"/><rect fill="url(#g)" stroke="url('#g')" width="2" height="2"/><image xlink:href="${png}" width="1" height="1"/>`,
      ),
    );
    expect(result.removed).toEqual([]);
    expect(result.svg).toContain('<use xlink:href="#a" x="2" clip-path="url(#c)"/>');
    expect(result.svg).toContain(`<rect fill="url(#g)" stroke="url('#g')" width="2" height="2"/>`);
    expect(result.svg).toContain(`<image xlink:href="${png}" width="1" height="1"/>`);
    // Off-site paint, SVG inside SVG, and javascript: in an image are references out.
    expect(
      clean(
        wrap(
          '<rect fill="url(https://evil.example/p.svg#g)"/><image href="data:image/svg+xml,&lt;svg onload=alert(1)&gt;"/><image href=" javascript:alert(1)"/>',
        ),
      ).removed,
    ).toEqual([
      '<rect fill="url(https://evil.example/p.svg#g)">',
      '<image href="data:image/svg+xml,<svg onload=alert(1)>">',
      '<image href=" javascript:alert(1)">',
    ]);
  });

  it('judges CSS by what it may call: url(#id), colours and transforms only, no at-rules or escapes', () => {
    expect(isSafeCss('*{stroke-linejoin: round; stroke-linecap: butt}')).toBe(true);
    expect(isSafeCss('fill: rgb(31, 119, 180); clip-path: url("#p1"); transform: translate(1px) scale(2)')).toBe(true);
    expect(isSafeCss('fill: url(#g) none')).toBe(true);
    for (const css of [
      '@import "https://evil.example/x.css"',
      'background: url(https://evil.example/x.png)',
      "background: url('//evil.example/x.png')",
      'background: u\\72l(https://evil.example/x.png)',
      'background: u/**/rl(https://evil.example/x.png)',
      'background: image-set("https://evil.example/x.png" 1x)',
      'cursor: url(https://evil.example/c.cur), auto',
      'background: url(',
    ])
      expect(isSafeCss(css), css).toBe(false);
  });

  it('writes a standalone document: XML declaration, namespaces, escaped text, nothing XML cannot read', () => {
    const {svg} = clean(
      '<svg viewBox="0 0 1 1"><title>a &lt; b &amp; c</title><text data-label="x<y" xml:space="preserve">]]&gt; \u0001</text><image xlink:href="#a"/></svg>',
    );
    expect(svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1 1">' +
        '<title>a &lt; b &amp; c</title><text data-label="x&lt;y" xml:space="preserve">]]&gt; </text><image xlink:href="#a"/></svg>\n',
    );
    // No xlink: attribute left, no xlink namespace declared.
    expect(clean('<svg><a xlink:href="https://x.example/"><rect/></a></svg>').svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><a><rect/></a></svg>\n',
    );
    expect(svgImage('<p>no picture here</p>').svg).toBeUndefined();
  });

  it('a real matplotlib figure keeps its paths, text, clip paths and style, and drops only its metadata', () => {
    const raw = matplotlibSvg();
    const {svg, removed} = clean(raw);
    expect(removed).toEqual([]);
    expect(count(raw, /<path /g)).toBe(19);
    expect(count(svg, /<path /g)).toBe(19);
    expect(count(svg, /<use xlink:href="#/g)).toBe(count(raw, /<use xlink:href="#/g));
    expect(count(svg, /clip-path="url\(#p0ccd5b7733\)"/g)).toBe(count(raw, /clip-path="url\(#p0ccd5b7733\)"/g));
    expect(count(svg, /clip-path=/g)).toBeGreaterThan(0);
    expect(svg).toContain('<clipPath id="p0ccd5b7733">');
    expect(svg).toContain('<style type="text/css">*{stroke-linejoin: round; stroke-linecap: butt}</style>');
    expect(svg).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="268.1pt" height="184.79625pt" viewBox="0 0 268.1 184.79625" version="1.1">',
    );
    expect(svg).not.toMatch(/metadata|rdf:|dc:|DOCTYPE|<!--/);
  });

  it("a notebook's SVG is published as sanitized, named by the sanitized bytes, with what went at the cell's line", () => {
    const notebook = {
      cells: [
        {cell_type: 'markdown', metadata: {}, source: ['# Figures']},
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: [
            {output_type: 'display_data', metadata: {}, data: {'image/svg+xml': [wrap('<script>alert(1)</script>')]}},
          ],
          source: ['plot()'],
        },
      ],
      metadata: {language_info: {name: 'python'}},
      nbformat: 4,
      nbformat_minor: 5,
    };
    const text = `${JSON.stringify(notebook, null, 1)}\n`;
    const rendered = notebookMarkdown(readNotebook(text), {imageUrl: (f) => `/assets/notebook-outputs/${f.name}`});
    const [file] = rendered.files;
    const published = new TextDecoder().decode(file!.bytes);
    expect(published).not.toContain('script');
    expect(file!.name).toBe(`${createHash('sha256').update(file!.bytes).digest('hex').slice(0, 20)}.svg`);
    expect(rendered.body).toContain(`<img src="/assets/notebook-outputs/${file!.name}"`);
    const codeCellLine = text.split('\n').findIndex((line) => line.includes('"cell_type": "code"')) + 1;
    expect(rendered.imageRemovals).toEqual([{line: codeCellLine, removal: {element: 'script'}}]);
  });

  it('npm run check reports what the SVG sanitizer strips, at the line of the cell', async () => {
    const attachment = wrap('<image href="https://evil.example/x.png"/>');
    const notebook = {
      cells: [
        {cell_type: 'markdown', metadata: {}, source: ['# Figures']},
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          outputs: [
            {output_type: 'display_data', metadata: {}, data: {'image/svg+xml': wrap('', ' onload="alert(1)"')}},
          ],
          source: ['plot()'],
        },
        {
          cell_type: 'markdown',
          metadata: {},
          attachments: {'x.svg': {'image/svg+xml': attachment}},
          source: ['Pasted: ![x](attachment:x.svg)'],
        },
      ],
      metadata: {language_info: {name: 'python'}},
      nbformat: 4,
      nbformat_minor: 5,
    };
    const text = `${JSON.stringify(notebook, null, 1)}\n`;
    const lines = text.split('\n');
    const codeLine = lines.findIndex((line) => line.includes('"cell_type": "code"')) + 1;
    const markdownLines = lines.flatMap((line, i) => (line.includes('"cell_type": "markdown"') ? [i + 1] : []));
    const pastedLine = markdownLines.at(-1);
    const site = await writeSite({'docs/notes/figures.ipynb': text});
    const {problems} = await checkSite(site, {today: '2026-11-25'});
    expect(problems.filter((p) => p.file === 'docs/notes/figures.ipynb').map(formatProblem)).toEqual([
      `docs/notes/figures.ipynb:${codeLine} <svg onload>: removed from an SVG image (an event handler runs code; expected what a picture needs: shapes, text, gradients, clip paths, and references to the image's own #ids, got 'onload="alert(1)"')`,
      `docs/notes/figures.ipynb:${pastedLine} <image href>: removed from an SVG image (it loads or links something outside the image; expected what a picture needs: shapes, text, gradients, clip paths, and references to the image's own #ids, got 'href="https://evil.example/x.png"')`,
    ]);
  });
});
