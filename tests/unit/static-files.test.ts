import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {documentKindOf, XML_EXTENSIONS} from '../../plugins/roadmap/safeContent/documentTypes';
import {trustedContent} from '../../trustedContent';
import {writeSite} from '../../scripts/corpus/exampleSite';

const REPO = path.resolve(__dirname, '../..');
const TODAY = '2026-11-25';
const refused = (file: string, kind: string) =>
  `${file}:1 file: ${kind} file is served as a document and can run script on the site's origin (expected a picture as PNG/JPEG/WebP, or the file listed in trustedContent.ts after review, got ${path.posix.basename(file)})`;

const XHTML = '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(document.domain)</script></html>\n';

describe('published files that a browser opens as a document', () => {
  it('check refuses them in static/, beside notes and beside Markdown pages, by name alone', async () => {
    const site = await writeSite({
      'static/x.xml': XHTML,
      'docs/notes/data.xml': XHTML,
      'docs/notes/math.md': '---\ntitle: Math notes\n---\n\nSee [the data](./data.xml).\n',
      // Harmless inside: refused all the same, because no scan can tell.
      'static/img/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n',
      'static/page.html': '<p>hi</p>\n',
      'papers/FIG.SVG': '<svg/>\n',
      'blog/feed.rss': '<rss/>\n',
      'src/pages/about.xhtml': XHTML,
      'static/img/photo.png': 'not really a PNG',
      'static/slides.pdf': '%PDF-1.4\n',
    });
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([
      refused('blog/feed.rss', 'an XML'),
      refused('docs/notes/data.xml', 'an XML'),
      refused('papers/FIG.SVG', 'an SVG'),
      refused('src/pages/about.xhtml', 'an XHTML'),
      refused('static/img/chart.svg', 'an SVG'),
      refused('static/page.html', 'an HTML'),
      refused('static/x.xml', 'an XML'),
    ]);
  });

  it('trustedContent.ts lets a reviewed file or folder through, and reports an entry that names none', async () => {
    const site = await writeSite({
      'static/img/chart.svg': '<svg/>\n',
      'static/feeds/a.xml': '<a/>\n',
      'static/feeds/b.xml': '<b/>\n',
      'trustedContent.ts': `export const trustedContent = ['static/img/chart.svg', 'static/feeds/', 'static/gone.svg'];\n`,
    });
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([
      'trustedContent.ts:1 trustedContent[2]: no such content file or folder (expected a path in docs/, papers/, blog/, src/pages/ or static/ such as "docs/demo.mdx", "static/img/logo.svg" or "docs/demos/", got "static/gone.svg")',
    ]);
  });

  it.each([
    ['x.svg', 'an SVG'],
    ['x.svgz', 'an SVG'],
    ['x.XML', 'an XML'],
    ['x.xsl', 'an XML'],
    ['x.xslt', 'an XML'],
    ['x.rdf', 'an XML'],
    ['x.xbl', 'an XML'],
    ['x.xul', 'an XML'],
    ['main.rs', 'an XML'],
    ['.xml', 'an XML'],
    ['x.htm', 'an HTML'],
    ['x.shtml', 'an HTML'],
    ['x.xht', 'an XHTML'],
    ['x.mht', 'an MHTML'],
    ['x.mhtml', 'an MHTML'],
    ['paper.pdf', undefined],
    ['x.png', undefined],
    ['x.js', undefined],
    ['data.json', undefined],
    ['CNAME', undefined],
    ['x.svg.gz', undefined],
  ])('%s opens as %s', (file, kind) => {
    expect(documentKindOf(`static/${file}`)).toBe(kind);
  });

  it('knows every XML extension of the mime-db installed here (GitHub Pages serves by mime-db)', () => {
    // webpack's mime-types brings the newest mime-db in node_modules.
    const fromWebpack = createRequire(createRequire(__filename).resolve('webpack'));
    const db = fromWebpack('mime-db') as Record<string, {extensions?: string[]}>;
    const xml = Object.entries(db)
      .filter(([type]) => /^(text|application)\/xml$|\+xml$|^text\/html$/.test(type))
      .flatMap(([, {extensions = []}]) => extensions)
      .filter((extension) => documentKindOf(`x.${extension}`) === undefined);
    expect(xml).toEqual([]);
    expect(XML_EXTENSIONS.size).toBeGreaterThan(100);
  });
});

/**
 * The site's own pictures are listed in trustedContent.ts after review; this
 * keeps the review true: only shapes with fills and strokes, no script,
 * handler, link, style or entity.
 */
it("the site's own pictures are listed in trustedContent.ts and hold only shapes", async () => {
  const pictures = ['static/img/logo.svg', 'static/img/favicon.svg'];
  expect(trustedContent).toEqual(pictures);
  const shapes = new Set(['svg', 'rect', 'path', 'circle']);
  const attributes = /^(xmlns|viewBox|role|aria-label|width|height|rx|d|cx|cy|r|fill|stroke|stroke-[a-z]+)$/;
  for (const file of pictures) {
    const text = await readFile(path.join(REPO, file), 'utf8');
    expect(text, file).not.toMatch(/<!|<\?|&/);
    const parsed: unknown = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      preserveOrder: true,
    }).parse(text);
    const seen: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === ':@') Object.keys(value as object).forEach((name) => seen.push(`@${name.slice(1)}`));
        else if (key !== '#text') {
          seen.push(key);
          walk(value);
        }
      }
    };
    walk(parsed);
    for (const name of seen) {
      if (name.startsWith('@')) expect(name.slice(1), file).toMatch(attributes);
      else expect(shapes, `${file}: <${name}>`).toContain(name);
    }
    expect(seen, file).toContain('svg');
  }
});

describe('a link that would publish a document from anywhere else in the site', () => {
  it('check refuses a Markdown link or image to an SVG or XML file outside the published folders, at its line', async () => {
    const site = await writeSite({
      'docs/notes/math.md':
        '---\ntitle: Math\n---\n\nSee [the data](../../data/evil.xml).\n\n![chart](@site/src/chart.svg)\n\n[fine](../../data/table.csv) and [the logo](/img/logo.svg)\n',
      'data/evil.xml': XHTML,
      'src/chart.svg': '<svg/>\n',
      'data/table.csv': 'a,b\n',
    });
    const linked = (file: string, kind: string, url: string) =>
      `docs/notes/math.md:${file === 'data/evil.xml' ? 5 : 7} link: ${kind} file, which the build publishes as a document that can run script on the site's origin (expected a picture as PNG/JPEG/WebP, or ${file} listed in trustedContent.ts after review, got ${JSON.stringify(url)})`;
    expect((await checkSite(site, {today: TODAY})).problems.map(formatProblem)).toEqual([
      linked('data/evil.xml', 'an XML', '../../data/evil.xml'),
      linked('src/chart.svg', 'an SVG', '@site/src/chart.svg'),
    ]);
  });

  it('passes a linked file that trustedContent.ts lists, and one that does not exist', async () => {
    const site = await writeSite({
      'docs/notes/math.md':
        '---\ntitle: Math\n---\n\nSee [the data](../../data/ok.xml) and [gone](../../data/gone.xml).\n',
      'data/ok.xml': '<ok/>\n',
      'trustedContent.ts': `export const trustedContent = ['data/ok.xml'];\n`,
    });
    expect((await checkSite(site, {today: TODAY})).problems.map(formatProblem)).toEqual([]);
  });
});
