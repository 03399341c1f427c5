import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  contentSecurityProblems,
  isScriptUrl,
  mdxFileProblem,
  mightRunCode,
} from '../../plugins/roadmap/validate/contentSecurity';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {writeSite} from '../../scripts/corpus/exampleSite';

const REPO = path.resolve(__dirname, '../..');
const TODAY = '2026-11-25';
const OR_TRUSTED = 'or the file listed in trustedContent.ts';
const SCRIPT = `a script runs in the reader's browser (expected no <script> in content, ${OR_TRUSTED}`;
const HANDLER = `an event handler runs code (expected no on… attribute in content, ${OR_TRUSTED}`;
const LINK = `a javascript: link runs code when clicked (expected an http(s), mailto or relative link, ${OR_TRUSTED}`;

/** A note whose body starts on line 5 (three lines of front matter, one blank). */
function note(body: string): string {
  return `---\ntitle: A note\n---\n\n${body}\n`;
}

function problems(file: string, text: string, trusted: string[] = []): string[] {
  return contentSecurityProblems({file, text}, trusted).map(formatProblem);
}

/** Each hostile body, and exactly what check must say about it. */
const HOSTILE: [name: string, body: string, expected: string[]][] = [
  ['a script', '<script>alert(1)</script>', [`docs/n.md:5 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`]],
  [
    'a script in capitals, after text',
    'Intro.\n\n<SCRIPT src="https://evil.example/x.js"></SCRIPT>',
    [`docs/n.md:7 <script>: ${SCRIPT}, got '<SCRIPT src="https://evil.example/x.js"></SCRIPT>')`],
  ],
  ['an event handler', '<img src=x onerror=alert(1)>', [`docs/n.md:5 onerror: ${HANDLER}, got "onerror=alert(1)")`]],
  [
    'an event handler on the next line of a tag',
    '<div\n  class="box"\n  onmouseover="steal()">hover</div>',
    [`docs/n.md:7 onmouseover: ${HANDLER}, got 'onmouseover="steal()"')`],
  ],
  [
    'a handler hidden behind a backtick inside the tag',
    '<img title="`" onerror=alert(1) alt="`">',
    [`docs/n.md:5 onerror: ${HANDLER}, got "onerror=alert(1)")`],
  ],
  [
    'a javascript: Markdown link',
    '[click](javascript:alert(1))',
    [`docs/n.md:5 link: ${LINK}, got "javascript:alert(1)")`],
  ],
  [
    'an encoded javascript: link',
    '[click](jav&#x61;script&colon;alert(1))',
    [`docs/n.md:5 link: ${LINK}, got "jav&#x61;script&colon;alert(1)")`],
  ],
  ['a javascript: image', '![x](JAVASCRIPT:alert(1))', [`docs/n.md:5 link: ${LINK}, got "JAVASCRIPT:alert(1)")`]],
  [
    'a reference definition',
    'See [it][x].\n\n[x]: javascript:alert(1)',
    [`docs/n.md:7 link: ${LINK}, got "javascript:alert(1)")`],
  ],
  ['an autolink', '<javascript:alert(1)>', [`docs/n.md:5 link: ${LINK}, got "javascript:alert(1)")`]],
  ['an HTML link', '<a href="javascript:void(0)">x</a>', [`docs/n.md:5 href: ${LINK}, got "javascript:void(0)")`]],
  [
    'a fence inside an HTML block is HTML, not a fence',
    '<div>\n```\n<script>alert(1)</script>\n```\n</div>',
    [`docs/n.md:7 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`],
  ],
  [
    'an escaped backtick opens no code span',
    '\\`<script>alert(1)</script>\\`',
    [`docs/n.md:5 <script>: ${SCRIPT}, got "<script>alert(1)</script>\\\`")`],
  ],
  [
    'a script after a closed fence',
    '```js\nlet x = 1;\n```\n\n<script>alert(1)</script>',
    [`docs/n.md:9 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`],
  ],
];

/** Text that looks like code but is not: each must pass. */
const NEAR_MISSES: [name: string, body: string][] = [
  ['a script in a fenced code block', '```html\n<script>alert(1)</script>\n<img onerror=alert(1)>\n```'],
  ['a script in a tilde fence', '~~~\n<script>alert(1)</script>\n~~~'],
  ['a longer fence holding a shorter one', '````md\n```\n<script>x</script>\n```\n````'],
  ['inline code', 'Never write `<script>alert(1)</script>` or `<a href="javascript:x">`.'],
  ['a double-backtick span', 'Use ``<img onerror=`x`>`` as an example.'],
  ['prose about handlers', 'Set onclick= in your component, or use javascript: URLs never.'],
  ['the word script', 'A <b>script</b> of the talk, and a <scripted> tag-like word is not <script.'],
  ['import and export as words in a .md file', 'import torch\n\nexport the model with ONNX.'],
  ['ordinary links', '[paper](https://arxiv.org/abs/1706.03762) [mail](mailto:me@example.org) [doc](../notes/math.md)'],
  ['a link whose text mentions javascript:', '[javascript: the good parts](https://example.org/js)'],
  ['an attribute named like a handler but not one', '<span data-onclick="x" class="one">text</span>'],
  ['a math expression with less-than', '$a<b$ and $x < y$ and a < b > c'],
  ['an indented code block', 'An example:\n\n    <script>alert(1)</script>\n    <img onerror=alert(1)>'],
  ['a fence inside a list item', '- step one:\n\n  ```html\n  <script>alert(1)</script>\n  ```'],
  ['a fence inside a quote', '> ```\n> <a href="javascript:x">x</a>\n> ```'],
  ['a code span over two lines', 'Write `<img\nonerror=alert(1)>` never.'],
];

describe('content that can run code is reported with its file and line', () => {
  it.each(HOSTILE)('%s', (_, body, expected) => {
    expect(problems('docs/n.md', note(body))).toEqual(expected);
  });

  it('parses only the files that could hold such content, and every hostile one is among them', () => {
    for (const [name, body] of HOSTILE) expect(mightRunCode(note(body)), name).toBe(true);
    expect(mightRunCode(note('Plain prose: $a \\le b$, [a paper](https://arxiv.org/abs/1).'))).toBe(false);
    expect(mightRunCode(note('[x](JAVA&#x53;CRIPT&colon;alert(1))'))).toBe(true);
  });

  it.each(NEAR_MISSES)('%s passes', (_, body) => {
    expect(problems('docs/n.md', note(body))).toEqual([]);
  });

  it('an .mdx file, and each of its imports, exports and handlers', () => {
    const text = `---\ntitle: Demo\n---\nimport Chart from '@site/src/Chart';\n\nexport const data = [1, 2];\n\n<Chart onClick={() => fetch('/x')} href={'javascript:alert(1)'} />\n`;
    expect(problems('papers/demo.mdx', text)).toEqual([
      `papers/demo.mdx:1 file: MDX can run code (expected a .md file, ${OR_TRUSTED}, got demo.mdx)`,
      `papers/demo.mdx:4 import: an MDX import statement runs code (expected none in content, ${OR_TRUSTED}, got "import Chart from '@site/src/Chart';")`,
      `papers/demo.mdx:6 export: an MDX export statement runs code (expected none in content, ${OR_TRUSTED}, got "export const data = [1, 2];")`,
      `papers/demo.mdx:8 onClick: ${HANDLER}, got "onClick={() => fetch('/x')}")`,
      `papers/demo.mdx:8 href: ${LINK}, got "javascript:alert(1)")`,
    ]);
  });

  it('an indented script in an .mdx file: MDX has no indented code blocks, so it is live', () => {
    const text = `---\ntitle: Demo\n---\n\n    <script>alert(1)</script>\n`;
    expect(problems('papers/demo.mdx', text).slice(1)).toEqual([
      `papers/demo.mdx:5 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`,
    ]);
  });

  it('a .md file that asks to be compiled as MDX', () => {
    const text = '---\ntitle: Sneaky\nformat: mdx\n---\n\nimport X from "y";\n';
    const found = contentSecurityProblems(
      {file: 'docs/n.md', text, frontMatter: {title: 'Sneaky', format: 'mdx'}, lineOf: () => 3},
      [],
    ).map(formatProblem);
    expect(found).toEqual([
      `docs/n.md:3 format: MDX can run code (expected no format key: .md is CommonMark, ${OR_TRUSTED}, got "mdx")`,
      `docs/n.md:6 import: an MDX import statement runs code (expected none in content, ${OR_TRUSTED}, got 'import X from "y";')`,
    ]);
  });

  it('the file-level rule needs no body, for the content a build loaded', () => {
    expect(mdxFileProblem({file: 'docs/a.mdx'}, [])).toMatchObject({file: 'docs/a.mdx', line: 1, field: 'file'});
    expect(mdxFileProblem({file: 'docs/a.md', frontMatter: {format: 'mdx'}}, [])).toMatchObject({field: 'format'});
    expect(mdxFileProblem({file: 'docs/a.md', frontMatter: {format: 'md'}}, [])).toBeUndefined();
    expect(mdxFileProblem({file: 'docs/a.mdx'}, ['docs/a.mdx'])).toBeUndefined();
  });

  it('a trusted file or folder is not scanned', () => {
    const text = `import X from 'y';\n\n<script>1</script>\n`;
    expect(problems('docs/demos/a.mdx', text, ['docs/demos/a.mdx'])).toEqual([]);
    expect(problems('docs/demos/b.mdx', text, ['docs/demos/'])).toEqual([]);
    expect(problems('docs/demos-old/c.mdx', text, ['docs/demos/'])).toHaveLength(3);
  });

  it.each([
    ['javascript:alert(1)', true],
    [' \tJaVaScRiPt:alert(1)', true],
    ['java\nscript:alert(1)', true],
    ['&#106;avascript:alert(1)', true],
    ['javascript\\:alert(1)', true],
    ['vbscript:msgbox', true],
    ['https://example.org/javascript:', false],
    ['./javascript-notes.md', false],
  ])('isScriptUrl(%j) is %s', (url, expected) => {
    expect(isScriptUrl(url)).toBe(expected);
  });
});

describe('npm run check scans the content folders', () => {
  it('reports an .mdx file and a script in a post, with the other problems', async () => {
    const site = await writeSite({
      'docs/notes/demo.mdx': '---\ntitle: Demo\n---\n\nHello.\n',
      'blog/2025-10-02-hi.md': '---\ntitle: Hi\n---\n\nHi.\n\n<script>alert(1)</script>\n',
    });
    const {problems: found} = await checkSite(site, {today: TODAY});
    expect(found.map(formatProblem)).toEqual([
      `blog/2025-10-02-hi.md:7 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`,
      `docs/notes/demo.mdx:1 file: MDX can run code (expected a .md file, ${OR_TRUSTED}, got demo.mdx)`,
    ]);
  });

  it('trusts what the site’s trustedContent.ts lists, and reports a stale entry', async () => {
    const site = await writeSite({
      'docs/notes/demo.mdx': '---\ntitle: Demo\n---\n\nexport const x = 1;\n',
      'trustedContent.ts': `export const trustedContent = [\n  'docs/notes/demo.mdx',\n  'docs/gone.mdx',\n];\n`,
    });
    const {problems: found} = await checkSite(site, {today: TODAY});
    expect(found.map(formatProblem)).toEqual([
      'trustedContent.ts:3 trustedContent[1]: no such content file or folder (expected a path in docs/, papers/ or blog/ such as "docs/demo.mdx" or "docs/demos/", got "docs/gone.mdx")',
    ]);
  });

  it('a trustedContent.ts without the list is a problem that says what to write', async () => {
    const site = await writeSite({'trustedContent.ts': `export const trusted = ['docs/a.mdx'];\n`});
    const {problems: found} = await checkSite(site, {today: TODAY});
    expect(found.map(formatProblem)).toEqual([
      "trustedContent.ts trustedContent: wrong type (expected an exported list of paths, e.g. export const trustedContent = ['docs/demo.mdx'], got no export named trustedContent)",
    ]);
  });

  it('the command exits 1 on them', async () => {
    const site = await writeSite({'docs/notes/x.md': '# X\n\n[go](javascript:alert(1))\n'});
    const result = spawnSync(
      path.join(REPO, 'node_modules/.bin/tsx'),
      [path.join(REPO, 'scripts/check.ts'), '--site', site],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`docs/notes/x.md:3 link: ${LINK}, got "javascript:alert(1)")`);
  });

  it('the real site passes, and its allow-list is empty', async () => {
    const {problems: found} = await checkSite(REPO, {today: TODAY});
    expect(found.map(formatProblem)).toEqual([]);
    const {trustedContent} = await import('../../trustedContent');
    expect(trustedContent).toEqual([]);
  });
});
