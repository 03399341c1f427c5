import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeSiteWithPapers, paperNote} from '../../scripts/corpus/paperNotes';
import {
  activeSvgNotebook,
  attackFiles,
  BENIGN_FILES,
  CONTEXTS,
  EXACT_TEXT,
  EXACT_TEXT_NOTE,
  HTML_VECTORS,
  IMAGE_VECTORS,
  PAGE_MODULE_BREAKOUTS,
  URL_VECTORS,
} from '../support/attackCorpus';
import {launchChromium} from '../../scripts/harness/browser';
import {fewAtATime} from '../support/fewAtATime';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {serveStatic} from '../../scripts/harness/staticServer';
import {trustedContent} from '../../trustedContent';

/**
 * One site holding every hostile file, built once: the attack corpus in docs
 * (a file per Markdown construction), the same vectors in a post, a paper and
 * a Markdown page under src/pages, titles that would close a JSON-LD
 * `<script>`, and the benign pages. Each page is opened in Chromium; nothing
 * may run, load or navigate off the site, and no handler, script URL,
 * `srcdoc`, `<base>`, refresh or frame may be left in the hydrated DOM.
 */
const TITLE = (n: number) => `P </script><script>alert(${n})</script><!--`;
/** Pages open at once: each visit is mostly waiting for handlers that must not fire. */
const PAGES_AT_ONCE = 4;
const POST_TITLE = 9001;
const DOC_TITLE = 9002;
const PAPER_TITLE = 9003;

/**
 * Feed text that used to inject an element or break all four feeds: CDATA ends and a control
 * character. (A lone surrogate, tested in feed-text.test.ts, stops the build itself: rspack's JSON
 * parser refuses it in the page data.)
 */
const FEED_TEXT = 'x ]]> y ]]><injected>boom</injected><![CDATA[ z \u0001 end';

let browser: Browser;
let siteDir: string;
let outDir: string;
let site: {url: string; close: () => Promise<void>};
const routes: string[] = [];

function everyVector(n: number): string {
  const lines = HTML_VECTORS.map((vector, v) => vector.html.replaceAll('{n}', String(n + v)));
  URL_VECTORS.forEach((vector, v) => lines.push(`[x](${vector.html.replaceAll('{n}', String(n + 100 + v))})`));
  IMAGE_VECTORS.forEach((vector, v) => lines.push(`![x](${vector.html.replaceAll('{n}', String(n + 200 + v))})`));
  return lines.join('\n\n');
}

beforeAll(async () => {
  const dir = await makeSiteWithPapers(REPO_DIR, 1);
  siteDir = dir;
  const {files} = attackFiles('docs/attacks');
  const all: Record<string, string> = {
    ...files,
    ...BENIGN_FILES,
    'blog/2025-11-02-feed.md': `---\ntitle: ${JSON.stringify(FEED_TEXT)}\nauthors: [author]\ntags: [roadmap]\nskills: []\n---\n\n\`\`\`\n${FEED_TEXT}\n\`\`\`\n`,
    'blog/2025-11-01-attacks.md': `---\ntitle: ${JSON.stringify(TITLE(POST_TITLE))}\ndescription: ${JSON.stringify(TITLE(POST_TITLE + 10))}\nauthors: [author]\ntags: [roadmap]\nskills: []\n---\n\n${everyVector(20_000)}\n`,
    // Trusted, so not sanitized: proves that this test sees a script that runs.
    // The site's own pictures stay listed (trustedContent.ts).
    'trustedContent.ts': `export const trustedContent = ${JSON.stringify(['docs/trusted/', ...trustedContent])};\n`,
    'docs/trusted/canary.md': `---\ntitle: Canary\n---\n\n<script>alert(424242)</script>\n\n<img src="https://evil.example/canary.png">\n`,
    'docs/notes/title.md': `---\ntitle: ${JSON.stringify(TITLE(DOC_TITLE))}\n---\n\nA doc.\n`,
    'papers/attacks.md': `${paperNote(2).replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE(PAPER_TITLE))}`)}\n${everyVector(30_000)}\n`,
    'src/pages/evil.md': `# Evil page\n\n${everyVector(40_000)}\n`,
    ...PAGE_MODULE_BREAKOUTS,
    'papers/description-breakout.md': paperNote(3).replace(
      /^title: .*$/m,
      `title: Description breakout\ndescription: '\\\\''+globalThis.alert?.("9504")//'`,
    ),
    'docs/notes/exact-text.md': EXACT_TEXT_NOTE,
    'docs/notes/active-svg.ipynb': activeSvgNotebook(),
  };
  const roadmap = await readFile(path.join(dir, 'data/roadmap.yml'), 'utf8');
  all['data/roadmap.yml'] = roadmap.replace(
    /^changes:\n/m,
    `changes:\n  - {date: 2025-10-02, text: ${JSON.stringify(FEED_TEXT)}}\n`,
  );
  for (const [file, text] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
  // Without the Content-Security-Policy, the second wall (content-policy.test.ts): this shows the sanitizer alone.
  const build = await buildSite(dir, {SITE_CSP: 'off'});
  if (build.code !== 0) throw new Error(build.output);
  console.log(`hostile site built in ${build.seconds.toFixed(1)} s`);
  outDir = build.outDir;
  site = await serveStatic(build.outDir);
  browser = await launchChromium();
  routes.push(
    ...Object.keys(files).map((file) => `/${file.replace(/\.md$/, '')}`),
    '/blog/2025/11/01/attacks',
    '/blog',
    '/docs/notes/title',
    '/papers/attacks',
    '/evil',
    ...Object.keys(PAGE_MODULE_BREAKOUTS).map((file) => `/${file.replace(/\.md$/, '')}`),
    '/papers/description-breakout',
    '/docs/notes/exact-text',
    '/docs/notes/active-svg',
  );
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Visit {
  dialogs: string[];
  offSite: string[];
  leftovers: string[];
  jsonLd: unknown[];
}

/**
 * Opens a route with every other host refused, waits for hydration (a page of the site) or for
 * its animations (a published file), and reports what happened.
 */
async function visit(route: string, opened: 'page' | 'file' = 'page'): Promise<Visit> {
  const context = await browser.newContext();
  const found: Visit = {dialogs: [], offSite: [], leftovers: [], jsonLd: []};
  await context.route('**/*', (request) => {
    const url = request.request().url();
    if (url.startsWith(site.url)) return request.continue();
    found.offSite.push(url);
    return request.abort();
  });
  const page: Page = await context.newPage();
  page.on('dialog', (dialog) => {
    found.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (!frame.url().startsWith(site.url) && frame.url() !== 'about:blank' && frame.url() !== 'about:srcdoc')
      found.offSite.push(`navigation to ${frame.url()}`);
  });
  context.on('page', (popup) => {
    if (popup !== page) found.offSite.push(`popup ${popup.url()}`);
  });
  // Chromium never reports a feed's XSLT stylesheet as loaded, so a file waits for its load event.
  const response = await page.goto(site.url + route, {waitUntil: opened === 'page' ? 'networkidle' : 'load'});
  expect(response?.status(), route).toBe(200);
  if (opened === 'page') await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  // Time for autofocus, ontoggle, SVG animations and a meta refresh to fire.
  await page.waitForTimeout(600);
  found.leftovers = await page.evaluate(() => {
    const bad: string[] = [];
    const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset']);
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) bad.push(`${element.tagName} ${name}`);
        if (name === 'srcdoc') bad.push(`${element.tagName} srcdoc`);
        if (urlAttributes.has(name) && /^(javascript|vbscript|data):/.test(value))
          bad.push(`${element.tagName} ${name}=${attribute.value.slice(0, 40)}`);
      }
    }
    for (const element of Array.from(
      document.querySelectorAll('base, meta[http-equiv], iframe, frame, object, embed, form, article script'),
    ))
      bad.push(`<${element.tagName.toLowerCase()}>`);
    // A published file is no page of the site: it may hold no script and no HTML inside an SVG at all.
    if (!document.querySelector('#__docusaurus'))
      for (const element of Array.from(document.querySelectorAll('script, foreignObject')))
        bad.push(`<${element.tagName}>`);
    return bad;
  });
  for (const script of await page.locator('script[type="application/ld+json"]').allTextContents())
    found.jsonLd.push(JSON.parse(script));
  await context.close();
  return found;
}

/** Visits each address, a few at a time, and says what ran, loaded or stayed on each: one line a finding. */
async function whatHappenedOn(addresses: readonly string[], opened: 'page' | 'file'): Promise<string[]> {
  const visits = await fewAtATime(addresses, PAGES_AT_ONCE, (address) => visit(address, opened));
  return visits.flatMap(({dialogs, offSite, leftovers}, i) => [
    ...dialogs.map((message) => `${addresses[i]}: dialog ${message}`),
    ...offSite.map((url) => `${addresses[i]}: ${url}`),
    ...leftovers.map((left) => `${addresses[i]}: left in the DOM: ${left}`),
  ]);
}

/** Every file of the build a browser renders as a document of its own, other than the site's pages. */
async function publishedDocuments(): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(outDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !/\.(svgz?|xml|xsl|xslt|xhtml?|html?)$/i.test(entry.name)) continue;
    const file = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!/\.html?$/.test(file) || file.startsWith('assets/')) found.push(`/${file}`);
  }
  return found.sort();
}

describe('hostile content is inert in the built site', () => {
  it('no vector runs, loads from another host or stays in the DOM, on any page', {timeout: 600_000}, async () => {
    expect(await whatHappenedOn(routes, 'page')).toEqual([]);
    // What was tried: each vector in each construction, plus a post, a paper and a page holding every vector.
    const vectors = HTML_VECTORS.length + URL_VECTORS.length + IMAGE_VECTORS.length;
    console.log(
      `${vectors} vectors in ${CONTEXTS.length} constructions and 3 more files: inert on ${routes.length} pages`,
    );
  });

  // (React renders no on… attribute it is given as a string, so a script element is the canary.)
  it('the test sees what runs: a trusted file, which is not sanitized, runs and loads', {timeout: 60_000}, async () => {
    const canary = await visit('/docs/trusted/canary');
    expect(canary.dialogs).toEqual(['424242']);
    expect(canary.offSite).toEqual(['https://evil.example/canary.png']);
    expect(canary.leftovers).toEqual(['<script>']);
  });

  it(
    'a title that would close the JSON-LD script stays text, on a post, the blog list, a doc and a paper',
    {timeout: 120_000},
    async () => {
      const post = await visit('/blog/2025/11/01/attacks');
      expect(post.dialogs).toEqual([]);
      expect(JSON.stringify(post.jsonLd)).toContain(JSON.stringify(TITLE(POST_TITLE)).slice(1, -1));
      const list = await visit('/blog');
      expect(list.dialogs).toEqual([]);
      expect(JSON.stringify(list.jsonLd)).toContain(JSON.stringify(TITLE(POST_TITLE)).slice(1, -1));
      const doc = await visit('/docs/notes/title');
      expect(doc.dialogs).toEqual([]);
      expect(JSON.stringify(doc.jsonLd)).toContain(JSON.stringify(TITLE(DOC_TITLE)).slice(1, -1));
      const paper = await visit('/papers/attacks');
      expect(paper.dialogs).toEqual([]);
    },
  );

  it('benign pages keep their math, tables, code, details, images and links', {timeout: 120_000}, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const count = (selector: string) => page.locator(`article ${selector}`).count();
    const text = async (selector: string) => (await page.locator(`article ${selector}`).first().textContent())?.trim();
    await page.goto(`${site.url}/docs/notes/benign-markup`, {waitUntil: 'networkidle'});
    expect(await count('table th'), 'table th').toBe(3);
    expect(await page.locator('article table th').first().getAttribute('style')).toBe('text-align:left');
    expect(await count('input[type=checkbox]'), 'input[type=checkbox]').toBe(2);
    expect(await text('details summary')).toBe('More');
    expect(await text('kbd')).toBe('Ctrl');
    expect(await text('.theme-admonition')).toContain('An admonition with bold.');
    expect(await count('a[href="https://example.org/page"]'), 'a[href="https://example.org/page"]').toBe(1);
    expect(await count('a[href="mailto:me@example.org"]'), 'a[href="mailto:me@example.org"]').toBe(1);
    // The Markdown image is small enough for Docusaurus to inline; the HTML one keeps its path.
    expect(await count('img[alt="Logo"][src^="data:image/svg+xml"]'), 'Markdown image').toBe(1);
    expect(await count('img[src="/img/logo.svg"][width="40"]'), 'HTML image').toBe(1);
    expect(await count('#custom-id'), '#custom-id').toBe(1);
    expect(await count('a[href="#user-content-fn-1"]'), 'a[href="#user-content-fn-1"]').toBe(1);
    await page.goto(`${site.url}/docs/notes/benign-math`, {waitUntil: 'networkidle'});
    expect(await count('.katex'), '.katex').toBe(3);
    expect(await count('.katex-display'), '.katex-display').toBe(1);
    await page.goto(`${site.url}/docs/notes/benign-code`, {waitUntil: 'networkidle'});
    expect(await text('pre')).toContain('<script>alert(1)</script>');
    expect(await text('[class*="codeBlockTitle"]')).toBe('page.html');
    expect(await text('')).toContain('Escaped: <script>alert(1)</script> and <script>.');
    await context.close();
  });

  it('all four feeds are well-formed XML and carry the text, with no injected element', async () => {
    const parser = new XMLParser({ignoreAttributes: false});
    for (const feed of ['blog/rss.xml', 'blog/atom.xml', 'changelog/rss.xml', 'changelog/atom.xml']) {
      const xml = await readFile(path.join(outDir, feed), 'utf8');
      expect(XMLValidator.validate(xml), feed).toBe(true);
      expect(JSON.stringify(parser.parse(xml)), feed).not.toContain('"injected"');
      expect(xml, feed).toContain('<injected>boom</injected>');
    }
  });

  it('the build ran no code from front matter or a first heading', async () => {
    const written: string[] = [];
    for (const folder of [siteDir, outDir])
      for (const entry of await readdir(folder, {recursive: true, withFileTypes: true}))
        if (/^ran-\d+\.txt$/.test(entry.name) && !entry.parentPath.includes('node_modules')) written.push(entry.name);
    expect(written).toEqual([]);
  });

  it('front matter and the first heading reach the page exactly as typed', {timeout: 60_000}, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/docs/notes/exact-text`, {waitUntil: 'networkidle'});
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    expect(await page.locator('article h1').textContent()).toBe(EXACT_TEXT.title);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(EXACT_TEXT.description);
    // Keywords come from the page module's frontMatter export, the string mdx-loader writes.
    expect(await page.locator('meta[name="keywords"]').getAttribute('content')).toBe(EXACT_TEXT.keywords.join(','));
    await page.goto(`${site.url}/docs/notes/heading-breakout`, {waitUntil: 'networkidle'});
    // Four backslashes in Markdown are two in the text.
    expect(await page.locator('article h1').textContent()).toBe(String.raw`\\'+globalThis.alert?.("9503")//`);
    await context.close();
  });

  it('every published SVG, XML and notebook output opens with nothing run or loaded', {timeout: 300_000}, async () => {
    const documents = await publishedDocuments();
    const outputs = documents.filter((file) => file.startsWith('/assets/notebook-outputs/'));
    // The notebook's output, its Plotly fallback and its attachment, each an SVG of its own.
    expect(outputs.filter((file) => file.endsWith('.svg')).length).toBe(3);
    expect(documents).toEqual(
      expect.arrayContaining(['/blog/rss.xml', '/blog/atom.xml', '/sitemap.xml', '/img/logo.svg']),
    );
    expect(await whatHappenedOn(documents, 'file')).toEqual([]);
    console.log(`${documents.length} published documents opened: ${documents.join(', ')}`);
  });
});
