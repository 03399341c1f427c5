import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {NOTEBOOKS_DIR} from '../../scripts/corpus/notebookSite';
import {notebookMarkdown, FOLD_LINES} from '../../plugins/roadmap/notebook/notebookMarkdown';
import {NOTEBOOK_SIZE_LIMIT, NotebookError, readNotebook} from '../../plugins/roadmap/notebook/readNotebook';
import {ansiToHtml} from '../../plugins/roadmap/notebook/ansiText';
import {readNote} from '../../plugins/roadmap/source/frontMatter';
import {checkTexts} from '../../plugins/roadmap/validate/checkSite';
import {unsafeContentProblems} from '../../plugins/roadmap/safeContent/unsafeContentProblems';
import {markForIndex, NOT_INDEXED} from '../../plugins/search/markForIndex';
import type {SearchablePage} from '../../plugins/search/searchablePages';

/** A notebook as Jupyter saves it (one-space indents), with these cells and this kernel language. */
function notebook(cells: object[], language = 'python'): string {
  return `${JSON.stringify({cells, metadata: {kernelspec: {language, name: 'k'}, language_info: {name: language}}, nbformat: 4, nbformat_minor: 5}, null, 1)}\n`;
}
const code = (source: string, outputs: object[], executionCount = 1) => ({
  cell_type: 'code',
  execution_count: executionCount,
  metadata: {},
  outputs,
  source: source.split(/(?<=\n)/),
});
const display = (data: Record<string, unknown>, metadata = {}) => ({output_type: 'display_data', data, metadata});
const render = (text: string) =>
  notebookMarkdown(readNotebook(text), {
    imageUrl: (file) => `/assets/notebook-outputs/${file.name}`,
    download: './n.ipynb',
  });

// A 1×1 PNG and a tiny SVG, as Jupyter saves them (base64 lines; SVG text).
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"><rect width="40" height="30"/></svg>';

describe('reading a notebook', () => {
  it('front matter is a first raw cell of YAML between --- lines, with lines of the file', () => {
    const text = notebook([
      {cell_type: 'raw', metadata: {}, source: ['---\n', 'title: Lab 1\n', 'tags: [optimization]\n', '---']},
      {cell_type: 'markdown', metadata: {}, source: ['Text.']},
    ]);
    const note = readNote('docs/notes/lab.ipynb', text);
    expect(note.frontMatter).toEqual({title: 'Lab 1', tags: ['optimization']});
    // Line 1 `{`, 2 `"cells": [`, 3 `{`, 4 `"cell_type"`, 5 `"metadata"`, 6 `"source": [`, 7 `"---\n"`, 8 title.
    expect(note.lineOf(['title'])).toBe(text.split('\n').findIndex((line) => line.includes('title: Lab 1')) + 1);
    expect(note.content).toContain('Text.');
  });

  it('without front matter the title is the first # heading of a markdown cell; a notebook with no outputs is valid', () => {
    const text = notebook([
      code('x = 1', [], 0),
      {cell_type: 'markdown', metadata: {}, source: ['# Found later\n', 'Body']},
    ]);
    expect(readNote('docs/notes/a.ipynb', text).frontMatter).toEqual({title: 'Found later'});
    const checked = checkTexts(new Map([['docs/notes/a.ipynb', text]]), {today: '2026-11-25'});
    expect(checked.problems.filter((p) => p.file === 'docs/notes/a.ipynb')).toEqual([]);
    expect(checked.counts.note).toBe(1);
  });

  it('check reports a # heading that replaces the title, at its line in the notebook', () => {
    const text = notebook([
      {cell_type: 'raw', metadata: {}, source: ['---\n', 'title: A\n', '---']},
      {cell_type: 'markdown', metadata: {}, source: ['# B\n', 'x']},
    ]);
    const problem = checkTexts(new Map([['docs/notes/h.ipynb', text]]), {today: '2026-11-25'}).problems.find(
      (p) => p.file === 'docs/notes/h.ipynb',
    );
    expect(problem?.field).toBe('title');
    expect(problem?.line).toBe(text.split('\n').findIndex((line) => line.includes('"# B')) + 1);
  });

  it('front matter is validated by the folder schema, at the line in the notebook', () => {
    const text = notebook([
      {
        cell_type: 'raw',
        metadata: {},
        source: ['---\n', 'title: P\n', 'authors: [A B]\n', 'year: 2017\n', 'status: finished\n', '---'],
      },
    ]);
    const problems = checkTexts(new Map([['papers/p.ipynb', text]]), {today: '2026-11-25'}).problems;
    const status = problems.find((p) => p.file === 'papers/p.ipynb' && p.field === 'status');
    expect(status?.line).toBe(text.split('\n').findIndex((line) => line.includes('status: finished')) + 1);
  });

  it('refuses invalid JSON with its line, nbformat 3, a notebook over the size limit, and MDX', () => {
    const broken = '{\n "cells": [\n  {"cell_type": "markdown", "source": []},\n ]\n}\n';
    expect(() => readNotebook(broken)).toThrow(NotebookError);
    expect(() => readNotebook(broken)).toThrow(/not valid JSON/);
    try {
      readNotebook(broken);
    } catch (error) {
      expect((error as NotebookError).line).toBe(4);
    }
    expect(() => readNotebook('{"nbformat": 3, "worksheets": []}')).toThrow(
      /nbformat 3 is too old \(expected nbformat 4/,
    );
    expect(() => readNotebook(' '.repeat(NOTEBOOK_SIZE_LIMIT + 1))).toThrow(/too large \(expected at most 5\.0 MB/);
    const mdx = notebook([{cell_type: 'raw', metadata: {}, source: ['---\n', 'mdx: {format: mdx}\n', '---']}]);
    expect(() => readNote('docs/notes/m.ipynb', mdx)).toThrow(/mdx is not allowed in a notebook/);
  });
});

describe('rendering cells and outputs', () => {
  it('code cells are fenced code in the kernel language, titled with the execution count', () => {
    const {body} = render(notebook([code('f <- function(x) x\n', [], 7)], 'R'));
    expect(body).toContain('```r title="In [7]:"\nf <- function(x) x\n```');
    // A cell holding a fence cannot close the block early.
    expect(render(notebook([code('s = """\n```\n"""', [])])).body).toContain('````python');
  });

  it('markdown cells are passed on as Markdown (math, admonitions, tables reach the same pipeline)', () => {
    const {body} = render(
      notebook([{cell_type: 'markdown', metadata: {}, source: ['$x^2$\n', '\n', ':::tip\n', 'Hi\n', ':::']}]),
    );
    expect(body).toContain('$x^2$\n\n:::tip\nHi\n:::');
  });

  it('stream text: escaped, ANSI colours as classes, on one HTML line, searched never', () => {
    const {body} = render(
      notebook([
        code('print()', [{output_type: 'stream', name: 'stdout', text: ['<b>\n', '\u001b[31mred\u001b[0m\n']}]),
      ]),
    );
    expect(body).toContain(
      '<div class="notebook-output notebook-stream" data-pagefind-ignore="all"><pre><code>&lt;b&gt;&#10;<span class="ansi-red-fg">red</span>&#10;</code></pre></div>',
    );
  });

  it('ANSI: bold becomes a class, 256 and true colours no style (the sanitizer would drop it)', () => {
    expect(ansiToHtml('\u001b[1;32mok\u001b[0m \u001b[38;5;208mx\u001b[0m')).toBe(
      '<span class="ansi-bold ansi-green-fg">ok</span> <span>x</span>',
    );
  });

  it('error tracebacks, coloured', () => {
    const {body} = render(
      notebook([
        code('1/0', [
          {
            output_type: 'error',
            ename: 'ZeroDivisionError',
            evalue: 'division by zero',
            traceback: ['\u001b[0;31mZeroDivisionError\u001b[0m: division by zero'],
          },
        ]),
      ]),
    );
    expect(body).toContain('notebook-error');
    expect(body).toContain('<span class="ansi-red-fg">ZeroDivisionError</span>: division by zero');
  });

  it('PNG, JPEG and SVG images are files with hashed names and their size, never inline', () => {
    const {body, files} = render(
      notebook([
        code('plot()', [
          display({'image/png': `${PNG}\n`, 'text/plain': ['<Figure size 1x1 with 1 Axes>']}),
          display({'image/svg+xml': SVG.split(/(?<=>)/)}),
        ]),
      ]),
    );
    expect(files.map((f) => [f.name.replace(/^[0-9a-f]{20}/, 'HASH'), f.width, f.height])).toEqual([
      ['HASH.png', 1, 1],
      ['HASH.svg', 40, 30],
    ]);
    expect(body).toContain(
      `<img src="/assets/notebook-outputs/${files[0]!.name}" alt="Figure from cell In [1]" width="1" height="1">`,
    );
    expect(body).toContain(`<img src="/assets/notebook-outputs/${files[1]!.name}"`);
    expect(body).not.toContain('base64');
    expect(body).not.toContain('<svg');
    // The display size Jupyter saved (Image(width=…)) wins.
    expect(
      render(notebook([code('x', [display({'image/png': PNG}, {'image/png': {width: 300, height: 200}})])])).body,
    ).toContain('width="300" height="200"');
  });

  it("a markdown cell's pasted images (attachments) are files too", () => {
    const {body, files} = render(
      notebook([
        {
          cell_type: 'markdown',
          metadata: {},
          attachments: {'shot.png': {'image/png': PNG}},
          source: ['See ![a shot](attachment:shot.png).'],
        },
      ]),
    );
    expect(files).toHaveLength(1);
    expect(body).toContain(
      `See <img src="/assets/notebook-outputs/${files[0]!.name}" alt="a shot" width="1" height="1">.`,
    );
  });

  it('text/html (a DataFrame) is one HTML block for the sanitizer, without pandas styling', () => {
    const html =
      '<div>\n<style scoped>\n    .dataframe tbody tr th {\n\n vertical-align: top; }\n</style>\n<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th>a</th>\n    </tr>\n\n  </thead>\n</table>\n</div>';
    const {body} = render(
      notebook([
        code('df', [
          {
            output_type: 'execute_result',
            execution_count: 1,
            data: {'text/html': html, 'text/plain': 'a'},
            metadata: {},
          },
        ]),
      ]),
    );
    expect(body).toContain(
      '<div class="notebook-output notebook-html" data-pagefind-ignore="all">\n<div>\n<table>\n  <thead>\n    <tr>\n      <th>a</th>\n    </tr>\n  </thead>\n</table>\n</div>\n</div>',
    );
  });

  it('text/latex through KaTeX (display math), text/markdown as Markdown, text/plain as a fallback', () => {
    const {body} = render(
      notebook([
        code('m', [display({'text/latex': '$\\displaystyle x^2$', 'text/plain': 'x**2'})]),
        code('md', [display({'text/markdown': '**bold**', 'text/plain': 'md'})]),
        code('t', [display({'text/plain': ['a < b']})]),
      ]),
    );
    expect(body).toContain('notebook-latex" data-pagefind-ignore="all">\n\n$$\n\\displaystyle x^2\n$$\n\n</div>');
    expect(body).toContain('notebook-markdown" data-pagefind-ignore="all">\n\n**bold**\n\n</div>');
    expect(body).toContain('<pre><code>a &lt; b&#10;</code></pre>');
  });

  it('JavaScript, widgets and Plotly are never rendered: their static fallback, else a notice', () => {
    const {body} = render(
      notebook([
        code('js', [
          display({'application/javascript': 'alert(1)', 'text/plain': '<IPython.core.display.Javascript object>'}),
        ]),
        code('w', [
          display({'application/vnd.jupyter.widget-view+json': {model_id: 'a'}, 'text/plain': 'IntSlider(value=3)'}),
        ]),
        code('p', [display({'application/vnd.plotly.v1+json': {data: []}, 'image/png': PNG})]),
      ]),
    );
    expect(body).not.toContain('alert(1)');
    expect(body).not.toContain('IPython.core.display');
    expect(body).toContain('Not shown: JavaScript, which would run code in your browser.');
    expect(body).toContain('IntSlider(value=3)');
    expect(body).toContain('Not shown: an interactive widget');
    expect(body).toMatch(
      /<img src="\/assets\/notebook-outputs\/[0-9a-f]+\.png"[^]*Not shown: an interactive Plotly chart/,
    );
  });

  it(`outputs longer than ${FOLD_LINES} lines fold behind <details>`, () => {
    const lines = Array.from({length: FOLD_LINES + 1}, (_, i) => `line ${i}\n`);
    const {body} = render(notebook([code('p', [{output_type: 'stream', name: 'stdout', text: lines}])]));
    expect(body).toContain(
      `<details class="notebook-fold"><summary>Output: ${FOLD_LINES + 1} lines</summary><pre><code>line 0&#10;`,
    );
    expect(
      render(notebook([code('p', [{output_type: 'stream', name: 'stdout', text: lines.slice(1)}])])).body,
    ).not.toContain('<details');
  });

  it('the download and Colab links go under a leading # title', () => {
    const text = notebook([{cell_type: 'markdown', metadata: {}, source: ['# Title\n', 'Intro']}]);
    const {body} = notebookMarkdown(readNotebook(text), {
      imageUrl: () => '',
      download: './a.ipynb',
      colab: 'https://colab.research.google.com/github/o/r/blob/main/a.ipynb',
    });
    expect(body).toBe(
      '# Title\n\n[Download the notebook (.ipynb)](./a.ipynb) · [Open in Colab](https://colab.research.google.com/github/o/r/blob/main/a.ipynb)\n\nIntro\n',
    );
  });
});

describe('check on notebooks', () => {
  it('reports what the sanitizer strips from outputs, at the line of the cell', async () => {
    const file = 'docs/notes/notebooks/hostile-outputs.ipynb';
    const text = readFileSync(path.join(NOTEBOOKS_DIR, 'hostile-outputs.ipynb'), 'utf8');
    const markdown = notebookMarkdown(readNotebook(text), {imageUrl: (f) => `/${f.name}`}).body;
    const problems = await unsafeContentProblems(file, markdown);
    expect(problems.map((p) => p.field).sort()).toEqual([
      '<a href>',
      '<iframe>',
      '<img onerror>',
      '<img src>',
      '<script>',
      '<style>',
    ]);
  });

  it('the fixtures as Jupyter wrote them: everything the sanitizer would strip is in the hostile one only', async () => {
    for (const name of ['gradient-descent', 'never-executed', 'large-figures']) {
      const text = readFileSync(path.join(NOTEBOOKS_DIR, `${name}.ipynb`), 'utf8');
      const markdown = notebookMarkdown(readNotebook(text), {imageUrl: (f) => `/${f.name}`}).body;
      expect(await unsafeContentProblems(`docs/${name}.ipynb`, markdown), name).toEqual([]);
    }
  });
});

const NOTE_PAGE: SearchablePage = {kind: 'note', section: 'Notes', title: 'T', tags: [], permalink: '/x'};

describe('search on notebook pages', () => {
  it('indexes code cells and skips outputs', () => {
    const html =
      '<html><body><article><div class=notebook-code><div class="language-python"><pre class=prism-code>x = 1</pre></div></div><div class="notebook-output notebook-stream" data-pagefind-ignore=all><pre>out</pre></div><pre>other code</pre></article></body></html>';
    const marked = markForIndex(html, NOTE_PAGE, 'x.html');
    expect(marked).toContain('<pre data-notebook-code class=prism-code>x = 1</pre>');
    expect(marked).toContain('<pre>other code</pre>');
    expect(NOT_INDEXED).toContain('pre:not([data-notebook-code])');
  });
});
