import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describe, expect, it} from 'vitest';
import {cutWikilinkProblem} from '../../plugins/roadmap/source/cutWikilinks';
import {forEachLinkText, readNoteBody} from '../../plugins/roadmap/source/noteLinks';
import {checkLinks} from '../../plugins/roadmap/validate/linkedFiles';

// Issue 24: `[[javascript:alert(1)]]` was counted as a link by check and the
// index but rendered as text (remark-directive took `:alert`), and
// `[[resnet|<img …>]]` rendered as `[[resnet| ]]`.

const ADDRESS = (got: string) =>
  `names a page, not an address (expected the slug, citekey, docs/ path, title or alias of a page, got "${got}"; for another site write a Markdown link [text](address))`;
const PLAIN = (got: string) =>
  `a wikilink is plain text (expected no HTML, Markdown or ":name" between [[ and ]], got ${got}; the page would show it as text)`;

/** The tree mdx-loader hands the remark plugin: its parser's extensions (processor.ts) and the site's math. */
const buildTree = (text: string) =>
  unified().use(remarkParse).use(remarkDirective).use(remarkGfm).use(remarkMath).parse(text) as Root;

/** What the build's remark plugin would refuse in a tree, by the same function check uses. */
function refusedByRenderer(text: string) {
  const found: ReturnType<typeof cutWikilinkProblem>[] = [];
  forEachLinkText(
    buildTree(text),
    () => {},
    (cut) => found.push(cutWikilinkProblem(cut, text)),
  );
  return found.sort((a, b) => a.line - b.line);
}

const BODY = [
  '# Links', // 1
  '', // 2
  'Run [[javascript:alert(1)]] now.', // 3
  '', // 4
  'See [[resnet|<img src=x onerror=alert(1)>]] and [[resnet|the *ResNet* paper]].', // 5
  '', // 6
  'Also [[a:b]], [[resnet|`code`]] and [[https://evil.example]].', // 7
  '', // 8
  'Fine: [[resnet]], [[Attention: all you need]], `[[a:b]]` and [[1, 2], [3, *4*]].', // 9
].join('\n');

describe('a wikilink other syntax cuts apart, or that names an address', () => {
  it('is refused by check at its line, with what cut it', () => {
    const invalid = readNoteBody(BODY).links.filter((link) => link.kind === 'invalid');
    expect(invalid).toEqual([
      {kind: 'invalid', source: '[[javascript:alert(1)]]', line: 3, problem: ADDRESS('javascript:alert(1)')},
      {
        kind: 'invalid',
        source: '[[resnet|<img src=x onerror=alert(1)>]]',
        line: 5,
        problem: PLAIN('HTML "<img src=x onerror=alert(1)>", which the sanitizer drops'),
      },
      {kind: 'invalid', source: '[[resnet|the *ResNet* paper]]', line: 5, problem: PLAIN('Markdown (emphasis)')},
      {kind: 'invalid', source: '[[a:b]]', line: 7, problem: ADDRESS('a:b')},
      {kind: 'invalid', source: '[[resnet|`code`]]', line: 7, problem: PLAIN('Markdown (inlineCode)')},
      {kind: 'invalid', source: '[[https://evil.example]]', line: 7, problem: ADDRESS('https://evil.example')},
    ]);
    expect(
      readNoteBody(BODY)
        .links.filter((link) => link.kind === 'wikilink')
        .map((l) => l.source),
    ).toEqual(['[[resnet]]', '[[Attention: all you need]]']);
  });

  it('gets the same words from the build’s tree, through the walk the remark plugin uses', () => {
    const check = readNoteBody(BODY).links.flatMap((link) =>
      link.kind === 'invalid' ? [{source: link.source, problem: link.problem, line: link.line}] : [],
    );
    expect(refusedByRenderer(BODY)).toEqual(check);
  });

  it('names the directive when a label holds one, and an escaped colon is no directive', () => {
    expect(refusedByRenderer('[[resnet|see:this]]')).toEqual([
      {
        source: '[[resnet|see:this]]',
        line: 1,
        problem: PLAIN('":this", which the renderer reads as a directive (write "\\:" for a colon)'),
      },
    ]);
    expect(refusedByRenderer('[[resnet|see\\:this]]')).toEqual([]);
  });

  it('stops a site’s check with file, line and the link as written; an escaped address is refused by the index', () => {
    const files = [
      {file: 'papers/resnet.md', frontMatter: {title: 'Deep Residual Learning', authors: ['Kaiming He'], year: 2016}},
      {
        file: 'blog/2026-02-01-post.md',
        frontMatter: {title: 'A post', related: ['javascript:alert(1)']},
        lineOf: () => 3,
      },
    ];
    const texts = new Map([
      ['papers/resnet.md', '---\ntitle: x\n---\n'],
      [
        'blog/2026-02-01-post.md',
        '---\ntitle: A post\nrelated: [javascript:alert(1)]\n---\n\n[[resnet|<b>x</b>]] and [[javascript\\:alert(1)]]\n',
      ],
    ]);
    const {links, problems} = checkLinks(files, (file) => ({
      text: texts.get(file) ?? '',
      lineInFile: (line: number) => line,
    }));
    expect(links).toEqual([]);
    expect(problems).toEqual([
      {file: 'blog/2026-02-01-post.md', line: 3, field: 'related[0]', message: ADDRESS('javascript:alert(1)')},
      {
        file: 'blog/2026-02-01-post.md',
        line: 6,
        field: '[[javascript:alert(1)]]',
        message: ADDRESS('javascript:alert(1)'),
      },
      {
        file: 'blog/2026-02-01-post.md',
        line: 6,
        field: '[[resnet|<b>x</b>]]',
        message: PLAIN('HTML "<b>", which the sanitizer drops'),
      },
    ]);
  });
});
