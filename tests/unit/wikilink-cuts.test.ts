import path from 'node:path';
import type {Options} from '@docusaurus/mdx-loader/lib/options';
import {createProcessorUncached} from '@docusaurus/mdx-loader/lib/processor';
import type {Root} from 'mdast';
import remarkMath from 'remark-math';
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

const SITE_DIR = path.resolve(__dirname, '../..');

/**
 * What the build's remark plugin would refuse in a file: Docusaurus's own
 * processor (format 'md', the site's math), with a plugin where the site's
 * remarkNoteLinks runs (beforeDefaultRemarkPlugins) walking the tree it gets
 * with the function remarkNoteLinks uses.
 */
async function refusedByRenderer(text: string) {
  const found: ReturnType<typeof cutWikilinkProblem>[] = [];
  const capture = () => (tree: Root, file: {value: unknown}) => {
    forEachLinkText(
      tree,
      () => {},
      (cut) => found.push(cutWikilinkProblem(cut, String(file.value))),
    );
  };
  const options = {
    markdownConfig: {
      format: 'detect',
      mermaid: false,
      emoji: true,
      mdx1Compat: {comments: false, admonitions: false, headingIds: false},
      anchors: {maintainCase: false},
      hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    },
    admonitions: true,
    remarkPlugins: [remarkMath],
    beforeDefaultRemarkPlugins: [capture],
    beforeDefaultRehypePlugins: [],
    rehypePlugins: [],
    recmaPlugins: [],
    staticDirs: [path.join(SITE_DIR, 'static')],
    siteDir: SITE_DIR,
  } as unknown as Options;
  const processor = await createProcessorUncached({options, format: 'md'});
  await processor.process({
    content: text,
    filePath: path.join(SITE_DIR, 'docs/notes/cuts.md'),
    frontMatter: {},
    compilerName: 'client',
  });
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
  '', // 10
  '| paper | note |', // 11
  '| --- | --- |', // 12
  '| [[resnet|ResNet]] | [[resnet\\|fine]] |', // 13
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
      {
        kind: 'invalid',
        source: '[[resnet|ResNet]]',
        line: 13,
        problem:
          'a "|" in a table ends the cell, and cuts the wikilink in two (expected "\\|" for its label in a table, as Obsidian writes it; the page would show it as text)',
      },
    ]);
    expect(
      readNoteBody(BODY)
        .links.filter((link) => link.kind === 'wikilink')
        .map((l) => l.source),
    ).toEqual(['[[resnet]]', '[[Attention: all you need]]', '[[resnet|fine]]']);
  });

  it(
    'gets the same words from the build’s tree, through the walk the remark plugin uses',
    {timeout: 30_000},
    async () => {
      const check = readNoteBody(BODY).links.flatMap((link) =>
        link.kind === 'invalid' ? [{source: link.source, problem: link.problem, line: link.line}] : [],
      );
      expect(await refusedByRenderer(BODY)).toEqual(check);
    },
  );

  it('names the directive when a label holds one, and an escaped colon is no directive', async () => {
    expect(await refusedByRenderer('[[resnet|see:this]]')).toEqual([
      {
        source: '[[resnet|see:this]]',
        line: 1,
        problem: PLAIN('":this", which the renderer reads as a directive (write "\\:" for a colon)'),
      },
    ]);
    expect(await refusedByRenderer('[[resnet|see\\:this]]')).toEqual([]);
    expect(readNoteBody('[[resnet|see:this]]').links).toMatchObject([{kind: 'invalid', source: '[[resnet|see:this]]'}]);
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
