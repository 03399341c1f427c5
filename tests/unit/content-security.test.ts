import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentSecurityProblems, mdxFileProblem} from '../../plugins/roadmap/safeContent/mdxContent';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {SAME_SITE_URL} from '../../plugins/roadmap/safeContent/schema';
import {mightHoldUnsafeContent, sanitizerProblems} from '../../plugins/roadmap/safeContent/unsafeContentProblems';
import {writeSite} from '../../scripts/corpus/exampleSite';

const REPO = path.resolve(__dirname, '../..');
const TODAY = '2026-11-25';
const OR_TRUSTED = 'or the file listed in trustedContent.ts';
const SCRIPT = `removed with its content (a script runs in the reader's browser; expected Markdown or the HTML GitHub allows in a README, ${OR_TRUSTED}`;
const HANDLER = `removed (an event handler runs code; expected no on… attribute in content, ${OR_TRUSTED}`;
const LINK = `removed (a javascript: link runs code when followed; expected an http(s), mailto or relative link, ${OR_TRUSTED}`;

/** A note whose body starts on line 5 (three lines of front matter, one blank). */
function note(body: string): string {
  return `---\ntitle: A note\n---\n\n${body}\n`;
}

/** What check says about one file: its MDX problems, then what the sanitizer removes. */
async function problems(file: string, text: string, trusted: string[] = []): Promise<string[]> {
  const mdx = contentSecurityProblems({file, text}, trusted);
  const removed = await sanitizerProblems({file, text}, trusted);
  return [...mdx, ...removed].map(formatProblem);
}

/** Each hostile body, and exactly what check must say about it: the element's line, what goes and why. */
const HOSTILE: [name: string, body: string, expected: string[]][] = [
  ['a script', '<script>alert(1)</script>', [`docs/n.md:5 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`]],
  [
    'a script in capitals, after text',
    'Intro.\n\n<SCRIPT src="https://evil.example/x.js"></SCRIPT>',
    [`docs/n.md:7 <script>: ${SCRIPT}, got '<SCRIPT src="https://evil.example/x.js">')`],
  ],
  [
    'an event handler',
    '<img src=x onerror=alert(1)>',
    [`docs/n.md:5 <img onerror>: ${HANDLER}, got 'onerror="alert(1)"')`],
  ],
  [
    'an event handler on the next line of a tag (reported at the tag, with the class that goes too)',
    '<div\n  class="box"\n  onmouseover="steal()">hover</div>',
    [
      `docs/n.md:5 <div class>: removed (not on the allowlist for this element; expected the attributes GitHub allows in a README, ${OR_TRUSTED}, got 'class="box"')`,
      `docs/n.md:5 <div onmouseover>: ${HANDLER}, got 'onmouseover="steal()"')`,
    ],
  ],
  [
    'a handler hidden behind a backtick inside the tag',
    '<img title="`" onerror=alert(1) alt="`">',
    [`docs/n.md:5 <img onerror>: ${HANDLER}, got 'onerror="alert(1)"')`],
  ],
  [
    'a javascript: Markdown link',
    '[click](javascript:alert(1))',
    [`docs/n.md:5 <a href>: ${LINK}, got 'href="javascript:alert(1)"')`],
  ],
  [
    'an encoded javascript: link, shown as the browser reads it',
    '[click](jav&#x61;script&colon;alert(1))',
    [`docs/n.md:5 <a href>: ${LINK}, got 'href="javascript:alert(1)"')`],
  ],
  [
    'a javascript: image',
    '![x](JAVASCRIPT:alert(1))',
    [`docs/n.md:5 <img src>: ${LINK}, got 'src="JAVASCRIPT:alert(1)"')`],
  ],
  [
    'a reference definition, reported at the link that uses it',
    'See [it][x].\n\n[x]: javascript:alert(1)',
    [`docs/n.md:5 <a href>: ${LINK}, got 'href="javascript:alert(1)"')`],
  ],
  ['an autolink', '<javascript:alert(1)>', [`docs/n.md:5 <a href>: ${LINK}, got 'href="javascript:alert(1)"')`]],
  [
    'an HTML link',
    '<a href="javascript:void(0)">x</a>',
    [`docs/n.md:5 <a href>: ${LINK}, got 'href="javascript:void(0)"')`],
  ],
  [
    'a fence inside an HTML block is HTML, not a fence',
    '<div>\n```\n<script>alert(1)</script>\n```\n</div>',
    [`docs/n.md:7 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`],
  ],
  [
    'an escaped backtick opens no code span',
    '\\`<script>alert(1)</script>\\`',
    [`docs/n.md:5 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`],
  ],
  [
    'a script after a closed fence',
    '```js\nlet x = 1;\n```\n\n<script>alert(1)</script>',
    [`docs/n.md:9 <script>: ${SCRIPT}, got "<script>alert(1)</script>")`],
  ],
  [
    'an iframe whose srcdoc would run on the site',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    [
      `docs/n.md:5 <iframe>: removed with its content (it embeds another page or plugin, which can run code on the site's origin; expected Markdown or the HTML GitHub allows in a README, ${OR_TRUSTED}, got '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">')`,
    ],
  ],
  [
    "a base that moves the site's scripts to another host",
    '<base href="https://evil.example/">',
    [
      `docs/n.md:5 <base>: removed (it moves every relative link and the site's own scripts to another host; expected Markdown or the HTML GitHub allows in a README, ${OR_TRUSTED}, got '<base href="https://evil.example/">')`,
    ],
  ],
  [
    'an image from another host',
    '![pixel](https://evil.example/p.png)',
    [
      `docs/n.md:5 <img src>: removed (it loads from another host when the page opens, which tells that host who reads what; expected an image stored in the site (a relative path or /img/…), ${OR_TRUSTED}, got 'src="https://evil.example/p.png"')`,
    ],
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
  ['the word script', 'A <b>script</b> of the talk, and a tag-like word is not <script.'],
  ['import and export as words in a .md file', 'import torch\n\nexport the model with ONNX.'],
  ['ordinary links', '[paper](https://arxiv.org/abs/1706.03762) [mail](mailto:me@example.org) [doc](../notes/math.md)'],
  ['a link whose text mentions javascript:', '[javascript: the good parts](https://example.org/js)'],
  ['a math expression with less-than', '$a<b$ and $x < y$ and a < b > c'],
  ['an indented code block', 'An example:\n\n    <script>alert(1)</script>\n    <img onerror=alert(1)>'],
  ['a fence inside a list item', '- step one:\n\n  ```html\n  <script>alert(1)</script>\n  ```'],
  ['a fence inside a quote', '> ```\n> <a href="javascript:x">x</a>\n> ```'],
  ['a code span over two lines', 'Write `<img\nonerror=alert(1)>` never.'],
];

describe('what the sanitizer removes is reported with its file and line', () => {
  it.each(HOSTILE)('%s', async (_, body, expected) => {
    expect(await problems('docs/n.md', note(body))).toEqual(expected);
  });

  it('parses only the files that could hold such content, and every hostile one is among them', () => {
    for (const [name, body] of HOSTILE) expect(mightHoldUnsafeContent(note(body)), name).toBe(true);
    expect(
      mightHoldUnsafeContent(note('Plain prose: $a \\le b$ and $a < b$, R&D, a https://arxiv.org/abs/1 link.')),
    ).toBe(false);
    expect(mightHoldUnsafeContent(note(':::note{.x}\nHi\n:::'))).toBe(true);
  });

  it.each([
    ['Source: <https://arxiv.org/abs/1>', false],
    ['[a](https://x) [b](<https://x>) [c](./b.md) [d](../b.md) [e](/docs/x) [f](#h) [g](mailto:me@x.org)', false],
    ['[a]: https://x\n[^1]: A note.', false],
    ['<b>x</b>', true],
    ['<HTTPS://x>', true],
    ['<javascript:alert(1)>', true],
    ['[a](//evil.example)', true],
    ['[a](/\\evil.example)', true],
    ['[a](\njavascript:x)', true],
    ['[a](HTTPS://x)', true],
    ['[a](b.md)', true],
    ['![a](/img/x.png)', true],
    ['[a]: javascript:x', true],
  ])('the pre-filter on %j says %s', (body, expected) => {
    expect(mightHoldUnsafeContent(note(body))).toBe(expected);
  });

  it.each(NEAR_MISSES)('%s passes', async (_, body) => {
    expect(await problems('docs/n.md', note(body))).toEqual([]);
  });

  it('harmless HTML outside the allowlist is reported too: the page loses it', async () => {
    expect(
      await problems('docs/n.md', note('A <scripted> word.\n\n<span data-onclick="x" class="one">text</span>')),
    ).toEqual([
      `docs/n.md:5 <scripted>: removed, its text kept (not on the allowlist; expected Markdown or the HTML GitHub allows in a README, ${OR_TRUSTED}, got "<scripted>")`,
      `docs/n.md:7 <span data-onclick>: removed (not on the allowlist for this element; expected the attributes GitHub allows in a README, ${OR_TRUSTED}, got 'data-onclick="x"')`,
      `docs/n.md:7 <span class>: removed (not on the allowlist for this element; expected the attributes GitHub allows in a README, ${OR_TRUSTED}, got 'class="one"')`,
    ]);
  });

  it('an .mdx file, and each of its imports and exports (the sanitizer cannot see MDX: the file is refused whole)', async () => {
    const text = `---\ntitle: Demo\n---\nimport Chart from '@site/src/Chart';\n\nexport const data = [1, 2];\n\n<Chart onClick={() => fetch('/x')} href={'javascript:alert(1)'} />\n`;
    expect(await problems('papers/demo.mdx', text)).toEqual([
      `papers/demo.mdx:1 file: MDX can run code (expected a .md file, ${OR_TRUSTED}, got demo.mdx)`,
      `papers/demo.mdx:4 import: an MDX import statement runs code (expected none in content, ${OR_TRUSTED}, got "import Chart from '@site/src/Chart';")`,
      `papers/demo.mdx:6 export: an MDX export statement runs code (expected none in content, ${OR_TRUSTED}, got "export const data = [1, 2];")`,
    ]);
  });

  it('an indented export in an .mdx file: MDX has no indented code blocks, so it is live', async () => {
    const text = `---\ntitle: Demo\n---\n\n    export const x = 1;\n`;
    expect((await problems('papers/demo.mdx', text)).slice(1)).toEqual([
      `papers/demo.mdx:5 export: an MDX export statement runs code (expected none in content, ${OR_TRUSTED}, got "export const x = 1;")`,
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
    // Docusaurus itself reads mdx.format (mdx-loader's processor): a .md file with it is compiled as MDX.
    expect(mdxFileProblem({file: 'docs/a.md', frontMatter: {mdx: {format: 'mdx'}}}, [])).toMatchObject({
      field: 'mdx.format',
    });
    expect(mdxFileProblem({file: 'docs/a.md', frontMatter: {format: 'md'}}, [])).toBeUndefined();
    expect(mdxFileProblem({file: 'docs/a.mdx'}, ['docs/a.mdx'])).toBeUndefined();
  });

  it('a trusted file or folder is not scanned', async () => {
    const text = `import X from 'y';\n\n<script>1</script>\n`;
    expect(await problems('docs/demos/a.mdx', text, ['docs/demos/a.mdx'])).toEqual([]);
    expect(await problems('docs/demos/b.mdx', text, ['docs/demos/'])).toEqual([]);
    expect(await problems('docs/demos/b.md', text, ['docs/demos/'])).toEqual([]);
    expect(await problems('docs/demos-old/c.mdx', text, ['docs/demos/'])).toHaveLength(2);
    expect(await problems('docs/demos-old/c.md', text, ['docs/demos/'])).toHaveLength(1);
  });

  it.each([
    ['/img/a.png', true],
    ['img/a.png', true],
    ['../a:b.png', true],
    ['https://evil.example/a.png', false],
    ['//evil.example/a.png', false],
    ['/\\evil.example/a.png', false],
    [' \t//evil.example/a.png', false],
    ['/\t/evil.example/a.png', false],
    ['ht\ttps://evil.example/a.png', false],
    ['data:image/png;base64,AAAA', false],
  ])('an image at %j loads from this site: %s', (url, expected) => {
    expect(SAME_SITE_URL.test(url)).toBe(expected);
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
      'trustedContent.ts:3 trustedContent[1]: no such content file or folder (expected a path in docs/, papers/, blog/, src/pages/ or static/ such as "docs/demo.mdx", "static/img/logo.svg" or "docs/demos/", got "docs/gone.mdx")',
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
    expect(result.stderr).toContain(`docs/notes/x.md:3 <a href>: ${LINK}, got 'href="javascript:alert(1)"')`);
  });

  it('the real site passes, and its allow-list holds only its own two pictures', async () => {
    const {problems: found} = await checkSite(REPO, {today: TODAY});
    expect(found.map(formatProblem)).toEqual([]);
    const {trustedContent} = await import('../../trustedContent');
    expect(trustedContent).toEqual(['static/img/logo.svg', 'static/img/favicon.svg']);
  });
});
