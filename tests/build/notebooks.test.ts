import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {makeNotebookSite, NOTEBOOK_PAGES, NOTEBOOKS_DIR} from '../../scripts/corpus/notebookSite';
import {buildSite, REPO_DIR} from '../../scripts/harness/buildSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {readNotebook} from '../../plugins/roadmap/notebook/readNotebook';
import {visibleText} from '../support/visibleText';

/**
 * The fixture notebooks (scripts/corpus/notebooks, executed once by Jupyter)
 * as a free note, a course module, a paper and a post of one site, built
 * with the site's repository set so that "Open in Colab" shows.
 */
const TODAY = '2026-11-25';
let siteDir: string;
let outDir: string;
let firstBuildSeconds: number;

const html = (route: string) => readFile(path.join(outDir, route, 'index.html'), 'utf8');
/** The page's article, the part the notebook fills. */
const article = (page: string) => page.slice(page.indexOf('<article'), page.indexOf('</article>'));

beforeAll(async () => {
  siteDir = await makeNotebookSite(REPO_DIR, {hostile: true});
  const build = await buildSite(siteDir, {SITE_REPOSITORY: 'learner/ml-roadmap', ROADMAP_TODAY: TODAY});
  if (build.code !== 0) throw new Error(build.output);
  console.log(`notebook site built in ${build.seconds.toFixed(1)} s`);
  outDir = build.outDir;
  firstBuildSeconds = build.seconds;
});

describe('notebooks are notes', () => {
  it('a notebook gets a page as a free note, a course module, a paper and a post', async () => {
    const routes = [...NOTEBOOK_PAGES.notes.map((p) => p.route), NOTEBOOK_PAGES.module.route, NOTEBOOK_PAGES.paper.route, NOTEBOOK_PAGES.post.route];
    for (const route of routes) expect((await stat(path.join(outDir, route, 'index.html'))).isFile(), route).toBe(true);
    // Titles: from the raw cell's front matter, or the first # heading.
    expect(await html(NOTEBOOK_PAGES.notes[0]!.route)).toContain('<h1>Gradient descent on a quadratic</h1>');
    expect(await html(NOTEBOOK_PAGES.notes[2]!.route)).toContain('<h1>A notebook never run</h1>');
    expect(await html(NOTEBOOK_PAGES.post.route)).toContain('A post written as a notebook');
    // The paper notebook is in the paper log and has its card.
    expect(visibleText(await readFile(path.join(outDir, 'papers/index.html'), 'utf8'))).toContain('Adam: A Method for Stochastic Optimization');
  });

  it('check validates and counts notebooks like the notes of their folder, and reports the hostile outputs at their cell', async () => {
    const checked = await checkSite(siteDir, {today: TODAY});
    const problems = checked.problems.map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((line) => line.startsWith('docs/notes/notebooks/hostile-outputs.ipynb:31 '))).toBe(true);
    expect(problems.join('\n')).toMatch(/<script>: removed/);
    expect(problems.join('\n')).toMatch(/<img onerror>: removed/);
    expect(problems.join('\n')).toMatch(/<iframe>: removed/);
    expect(checked.counts.paper).toBe(1);
    expect(checked.counts.post).toBeGreaterThanOrEqual(2);
  });

  it('code cells are highlighted in the kernel language with their execution count', async () => {
    const page = await html(NOTEBOOK_PAGES.notes[0]!.route);
    expect(page).toContain('language-python');
    expect(page).toMatch(/codeBlockTitle[^>]*>In \[3\]:</);
  });

  it('outputs render from what is saved: ANSI colours, tracebacks, a DataFrame table, LaTeX, Markdown, folded long text', async () => {
    const page = article(await html(NOTEBOOK_PAGES.notes[0]!.route));
    expect(page).toMatch(/<span class="?ansi-green-fg"?>converged<\/span>/);
    expect(page).toMatch(/<span class="?ansi-red-fg"?>NameError<\/span>/);
    expect(page).toMatch(/notebook-html[^>]*>\s*<div>\s*<table/);
    expect(page).toContain('<th>loss</th>');
    expect(page).toMatch(/notebook-latex[\s\S]*?katex-display/);
    expect(page).toMatch(/notebook-markdown[^>]*>\s*<p>The minimum is at <strong>x = 3<\/strong>/);
    expect(page).toMatch(/<details[^>]*notebook-fold[\s\S]*?Output: 60 lines/);
  });

  it('images are files with hashed names and sizes, never data: URIs in the HTML or the JavaScript', async () => {
    const page = article(await html(NOTEBOOK_PAGES.notes[0]!.route));
    const images = [...page.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(2);
    for (const image of images) {
      expect(image).toMatch(/src=\/assets\/notebook-outputs\/[0-9a-f]{20}\.(png|svg) /);
      expect(image).toMatch(/width=\d+ height=\d+/);
      expect(image).toContain('loading=lazy');
      const src = /src=(\S+)/.exec(image)![1]!;
      expect((await stat(path.join(outDir, src))).size).toBeGreaterThan(1000);
    }
    // PNG's base64 signature, and any data: image, anywhere in the pages and scripts.
    const files = await readdir(outDir, {recursive: true});
    const texts = files.filter((file) => /\.(html|js)$/.test(file));
    for (const file of texts) {
      const text = await readFile(path.join(outDir, file), 'utf8');
      expect(text.includes('iVBORw0KGgo'), file).toBe(false);
      expect(/data:image\/(png|jpeg|svg)/.test(text) && file.includes('notebook'), file).toBe(false);
    }
  });

  it("a markdown cell's pasted image (attachment) is a file too", async () => {
    const page = article(await html(NOTEBOOK_PAGES.module.route));
    expect(page).toMatch(/The same figure, pasted: <img [^>]*src=\/assets\/notebook-outputs\/[0-9a-f]{20}\.png [^>]*alt="the pasted figure"/);
  });

  it('scripts, widgets and Plotly never run: a notice says what was left out; hostile HTML is sanitized', async () => {
    const page = article(await html(NOTEBOOK_PAGES.notes[1]!.route));
    expect(page).toContain('<p>kept text</p>');
    // The outputs only: the code cells show the hostile source as (escaped) code.
    const outputs = page
      .split(/<div class="?notebook-code"?>/)
      .map((part) => part.slice(part.indexOf('notebook-output')))
      .join('\n');
    expect(outputs).toContain('kept text');
    expect(outputs).not.toMatch(/<script|onerror|javascript:|evil\.example|<iframe|<style|alert\(4\)/);
    expect(visibleText(page)).toContain('Not shown: JavaScript, which would run code in your browser.');
    expect(visibleText(page)).toContain('IntSlider(value=3)');
    expect(visibleText(page)).toContain('Not shown: an interactive widget');
    expect(visibleText(page)).toContain('Not shown: an interactive Plotly chart');
  });

  it('a notebook page offers its .ipynb and Open in Colab', async () => {
    const page = article(await html(NOTEBOOK_PAGES.notes[0]!.route));
    const download = /<a href=(\/assets\/files\/gradient-descent-[0-9a-f]+\.ipynb)[^>]*>Download the notebook/.exec(page);
    expect(download).not.toBeNull();
    expect(await readFile(path.join(outDir, download![1]!), 'utf8')).toBe(
      await readFile(path.join(NOTEBOOKS_DIR, 'gradient-descent.ipynb'), 'utf8'),
    );
    expect(page).toContain(
      'href=https://colab.research.google.com/github/learner/ml-roadmap/blob/main/docs/notes/notebooks/gradient-descent.ipynb',
    );
  });

  it('page weight: the HTML stays within a few times its text, and under 120 KB with three 130 KB figures', async () => {
    const weights: string[] = [];
    for (const name of ['gradient-descent', 'large-figures'] as const) {
      const text = await readFile(path.join(NOTEBOOKS_DIR, `${name}.ipynb`), 'utf8');
      const notebook = readNotebook(text);
      // The text a page shows: cells and textual outputs; images are files, never counted.
      const cells = notebook.cells.reduce((sum, cell) => sum + cell.source.length, 0);
      const outputs = notebook.cells
        .flatMap((cell) => cell.outputs)
        .reduce((sum, output) => {
          if (output.type === 'stream') return sum + output.text.length;
          if (output.type === 'error') return sum + output.traceback.join('\n').length;
          return sum + Object.entries(output.data).reduce((n, [type, value]) => (type.startsWith('text/') && type !== 'text/plain' ? n + JSON.stringify(value).length : n), 0);
        }, 0);
      const page = (await stat(path.join(outDir, `docs/notes/notebooks/${name}/index.html`))).size;
      const body = article(await html(`docs/notes/notebooks/${name}`)).length;
      weights.push(`${name}: notebook ${text.length} B, cells ${cells} B, text outputs ${outputs} B, page ${page} B, article ${body} B`);
      expect(page).toBeLessThan(120_000);
      // Most of it is Docusaurus's highlighted code markup (a span with an inline colour per token), as in any .md note.
      expect(body).toBeLessThan(Math.max(cells + outputs, 2_000) * 12);
    }
    console.log(weights.join('\n'));
  });
});

/** Every notebook output file a built site's HTML pages load. */
async function outputUrlsOf(dir: string): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const file of await readdir(dir, {recursive: true})) {
    if (!file.endsWith('.html')) continue;
    const page = await readFile(path.join(dir, file), 'utf8');
    for (const [url] of page.matchAll(/\/assets\/notebook-outputs\/[^\s"'<>)]+/g)) urls.add(url);
  }
  return urls;
}

describe('a cached rebuild', () => {
  it('a second build in the same folder, with the persistent cache, publishes every figure its pages load', async () => {
    // The same site folder, so the bundler restores the first build's modules from node_modules/.cache.
    const again = await buildSite(siteDir, {SITE_REPOSITORY: 'learner/ml-roadmap', ROADMAP_TODAY: TODAY});
    if (again.code !== 0) throw new Error(again.output);
    console.log(`rebuilt in ${again.seconds.toFixed(1)} s (first build ${firstBuildSeconds.toFixed(1)} s)`);
    const urls = await outputUrlsOf(again.outDir);
    // The first build's pages load the same files: PNG and SVG figures, and the pasted attachment.
    expect([...urls].sort()).toEqual([...(await outputUrlsOf(outDir))].sort());
    expect([...urls].filter((url) => url.endsWith('.svg')).length).toBeGreaterThan(0);
    expect([...urls].filter((url) => url.endsWith('.png')).length).toBeGreaterThan(1);
    const missing = [];
    for (const url of urls) {
      const file = path.join(again.outDir, url);
      const size = await stat(file).then((s) => s.size, () => 0);
      if (size === 0) missing.push(url);
    }
    expect(missing).toEqual([]);
  }, 900_000);
});
