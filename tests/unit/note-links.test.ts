import {describe, expect, it} from 'vitest';
import {authorYear} from '../../plugins/roadmap/citation/authorYear';
import {linkChanges} from '../../plugins/roadmap/changes/linkChanges';
import {knowledgeLinks} from '../../plugins/roadmap/model/knowledgeLinks';
import {linkedFromParts} from '../../plugins/roadmap/model/linkedFrom';
import type {PageInfo} from '../../plugins/roadmap/site/pages';
import {splitLinkText} from '../../plugins/roadmap/source/linkSyntax';
import {readNoteBody} from '../../plugins/roadmap/source/noteLinks';
import {LinkTargets, type LinkTarget} from '../../plugins/roadmap/validate/linkTargets';
import {checkLinks} from '../../plugins/roadmap/validate/linkedFiles';

function target(file: string, fields: Partial<LinkTarget> & Pick<LinkTarget, 'kind' | 'slug' | 'title'>): LinkTarget {
  const route = `/${file.replace(/\.md$/, '').replace(/\/index$/, '')}`;
  return {file, route, permalink: route, aliases: [], state: 'listed', headings: [], ...fields};
}

const TARGETS = new LinkTargets([
  target('papers/resnet.md', {
    kind: 'paper',
    slug: 'resnet',
    title: 'Deep Residual Learning for Image Recognition',
    citekey: 'he2016deep',
    aliases: ['ResNet paper'],
    headings: [
      {id: 'notes', text: 'Notes'},
      {id: 'what-i-reproduced', text: 'What I reproduced'},
    ],
  }),
  target('papers/bert.md', {kind: 'paper', slug: 'bert', title: 'BERT', citekey: 'devlin2019bert'}),
  target('docs/notes/math.md', {kind: 'note', slug: 'notes/math', title: 'Math notes'}),
  target('docs/notes/linear-algebra.md', {
    kind: 'note',
    slug: 'notes/linear-algebra',
    title: 'Vectors',
    aliases: ['LA'],
  }),
  target('docs/notes/vectors.md', {kind: 'note', slug: 'notes/vectors', title: 'Vectors'}),
  target('docs/projects/triage.md', {kind: 'project', slug: 'triage', title: 'Blood triage'}),
  target('docs/notes/resnet.md', {kind: 'note', slug: 'notes/resnet', title: 'ResNet'}),
  target('blog/2026-01-01-draft.md', {kind: 'post', slug: 'draft', title: 'Half a thought', state: 'draft'}),
  target('docs/notes/hidden.md', {kind: 'note', slug: 'notes/hidden', title: 'Hidden', state: 'unlisted'}),
]);

const fileOf = (resolution: ReturnType<LinkTargets['resolveName']> | undefined) =>
  resolution && 'problem' in resolution ? resolution.problem : resolution?.target.file;

describe('link syntax', () => {
  it('splits wikilinks with headings and labels, and citations with one or more keys', () => {
    expect(splitLinkText('See [[resnet#Notes|the notes]] and [@he2016deep; @devlin2019bert].')).toEqual([
      {kind: 'text', value: 'See '},
      {kind: 'wikilink', source: '[[resnet#Notes|the notes]]', target: 'resnet', heading: 'Notes', label: 'the notes'},
      {kind: 'text', value: ' and '},
      {kind: 'citation', source: '[@he2016deep; @devlin2019bert]', keys: ['he2016deep', 'devlin2019bert']},
      {kind: 'text', value: '.'},
    ]);
  });

  it('leaves brackets that are neither alone: an email, a footnote, an empty link', () => {
    expect(splitLinkText('mail a@b.c, [^1], [[]] and [@ not a key]')).toEqual([
      {kind: 'text', value: 'mail a@b.c, [^1], [[]] and [@ not a key]'},
    ]);
  });

  it('finds links in prose with their lines, never in code or math, and heading anchors as Docusaurus makes them', () => {
    const body = readNoteBody(
      [
        '---',
        'title: "[[not a link]]"',
        '---',
        '',
        '# Intro {#start}',
        '',
        'See [[resnet]], [a note](/docs/notes/math) and `[[in code]]`.',
        '',
        '```',
        '[[in a block]]',
        '```',
        '',
        '$[[in math]]$ then *[@he2016deep]*.',
        '',
        '## What I reproduced',
      ].join('\n'),
    );
    expect(body.links).toEqual([
      {kind: 'markdown', url: '/docs/notes/math', line: 7},
      {kind: 'wikilink', source: '[[resnet]]', target: 'resnet', line: 7},
      {kind: 'citation', source: '[@he2016deep]', keys: ['he2016deep'], line: 13},
    ]);
    expect(body.headings).toEqual([
      {id: 'start', text: 'Intro'},
      {id: 'what-i-reproduced', text: 'What I reproduced'},
    ]);
  });
});

describe('resolving a link target', () => {
  it('by slug, citekey, docs/ path, title and alias, case-insensitively', () => {
    expect(fileOf(TARGETS.resolveName('resnet'))).toBe('papers/resnet.md');
    expect(fileOf(TARGETS.resolveName('He2016Deep'))).toBe('papers/resnet.md');
    expect(fileOf(TARGETS.resolveName('notes/math'))).toBe('docs/notes/math.md');
    expect(fileOf(TARGETS.resolveName('deep residual learning for image recognition'))).toBe('papers/resnet.md');
    expect(fileOf(TARGETS.resolveName('ResNet paper'))).toBe('papers/resnet.md');
    expect(fileOf(TARGETS.resolveName('la'))).toBe('docs/notes/linear-algebra.md');
  });

  it('prefers an identifier to a title: the paper slug wins over a note titled the same', () => {
    expect(fileOf(TARGETS.resolveName('resnet'))).toBe('papers/resnet.md');
    expect(fileOf(TARGETS.resolveName('notes/resnet'))).toBe('docs/notes/resnet.md');
  });

  it('finds a heading by its text or anchor', () => {
    expect(TARGETS.resolveName('resnet', 'what I reproduced')).toMatchObject({anchor: 'what-i-reproduced'});
    expect(TARGETS.resolveName('resnet', 'notes')).toMatchObject({anchor: 'notes'});
    expect(fileOf(TARGETS.resolveName('resnet', 'Results'))).toBe(
      'no heading "Results" in papers/resnet.md (expected one of its headings)',
    );
  });

  it('reports a typo with its nearest match, and an ambiguous title with every page it names', () => {
    expect(fileOf(TARGETS.resolveName('resnt'))).toBe(
      'unknown note (expected the slug, citekey, docs/ path, title or alias of a page, got "resnt") — did you mean "resnet"?',
    );
    expect(fileOf(TARGETS.resolveName('vectors'))).toBe(
      'ambiguous ("vectors" names 2 pages: docs/notes/linear-algebra.md (note), docs/notes/vectors.md (note); expected a name of one page: use its slug or docs/ path)',
    );
  });

  it('refuses a draft and warns of an unlisted page', () => {
    expect(fileOf(TARGETS.resolveName('draft'))).toBe(
      'links a draft (blog/2026-01-01-draft.md has draft: true, so it is not published; expected a published page)',
    );
    expect(TARGETS.resolveName('notes/hidden')).toMatchObject({
      target: {file: 'docs/notes/hidden.md'},
      warning:
        'links an unlisted page (docs/notes/hidden.md is unlisted: readers can open it, but no list, feed or search shows it)',
    });
  });

  it('cites papers only, by citekey or slug', () => {
    expect(fileOf(TARGETS.resolveCitation('devlin2019bert'))).toBe('papers/bert.md');
    expect(fileOf(TARGETS.resolveCitation('bert'))).toBe('papers/bert.md');
    expect(fileOf(TARGETS.resolveCitation('triage'))).toBe(
      'unknown citation (expected the citekey of a paper in papers/, got "@triage")',
    );
    expect(fileOf(TARGETS.resolveCitation('devlin2018bert'))).toMatch(/did you mean "@devlin2019bert"\?$/);
  });

  it('resolves Markdown links to content pages and leaves every other address to the build', () => {
    expect(fileOf(TARGETS.resolveUrl('/papers/resnet/#notes', 'blog/x.md'))).toBe('papers/resnet.md');
    expect(fileOf(TARGETS.resolveUrl('./math.md', 'docs/notes/vectors.md'))).toBe('docs/notes/math.md');
    expect(fileOf(TARGETS.resolveUrl('/docs/notes/maths', 'blog/x.md'))).toBe(
      'no page at /docs/notes/maths (expected the address of a note, paper or post) — did you mean "/docs/notes/math"?',
    );
    expect(fileOf(TARGETS.resolveUrl('../../papers/resnet.md', 'docs/notes/vectors.md'))).toBe(
      'links a file in another folder (Docusaurus resolves .md links within docs/ only; expected [[resnet]] or /papers/resnet, got "../../papers/resnet.md")',
    );
    expect(fileOf(TARGETS.resolveUrl('/papers/resnet#results', 'blog/x.md'))).toBe(
      'no heading "results" in papers/resnet.md (expected one of its headings)',
    );
    for (const other of [
      'https://arxiv.org/abs/1512.03385',
      '/progress',
      '/img/a.png',
      '/docs/tags/vision',
      'mailto:a@b.c',
    ])
      expect(TARGETS.resolveUrl(other, 'blog/x.md')).toBeUndefined();
  });
});

describe('a site’s links, as check resolves them', () => {
  const files = [
    {file: 'papers/resnet.md', frontMatter: {title: 'Deep Residual Learning', authors: ['Kaiming He'], year: 2016}},
    {
      file: 'docs/projects/triage.md',
      frontMatter: {title: 'Triage', related: ['resnet', 'Resnett']},
      lineOf: (path: readonly (string | number)[]) => (path[0] === 'related' ? 3 + Number(path[1]) : 1),
    },
    {file: 'docs/benchmarks/titanic.md', frontMatter: {title: 'Titanic', project: 'triage'}},
    {file: 'blog/2026-02-01-post.md', frontMatter: {title: 'A post'}},
  ];
  const texts = new Map([
    ['papers/resnet.md', '---\ntitle: x\n---\n\n## Notes\n'],
    ['docs/projects/triage.md', '---\ntitle: Triage\n---\n\nBuilt on [@he2016deep].\n'],
    ['docs/benchmarks/titanic.md', '---\ntitle: Titanic\n---\n'],
    ['blog/2026-02-01-post.md', '---\ntitle: A post\n---\n\n[[triage]] uses [[resnet#Notes]] and [[titanc]].\n'],
  ]);

  const markdownOf = (file: string) => ({text: texts.get(file) ?? '', lineInFile: (line: number) => line});

  it('finds every kind of link, and each problem with its file, line and nearest match', () => {
    const {links, problems} = checkLinks(files, markdownOf);
    expect(links).toEqual([
      {from: 'docs/projects/triage.md', to: 'papers/resnet.md', kind: 'citation'},
      {from: 'docs/projects/triage.md', to: 'papers/resnet.md', kind: 'related'},
      {from: 'docs/benchmarks/titanic.md', to: 'docs/projects/triage.md', kind: 'reference'},
      {from: 'blog/2026-02-01-post.md', to: 'docs/projects/triage.md', kind: 'wikilink'},
      {from: 'blog/2026-02-01-post.md', to: 'papers/resnet.md', kind: 'wikilink'},
    ]);
    expect(problems).toEqual([
      {
        file: 'blog/2026-02-01-post.md',
        line: 5,
        field: '[[titanc]]',
        message:
          'unknown note (expected the slug, citekey, docs/ path, title or alias of a page, got "titanc") — did you mean "titanic"?',
      },
      {
        file: 'docs/projects/triage.md',
        line: 4,
        field: 'related[1]',
        message:
          'unknown note (expected the slug, citekey, docs/ path, title or alias of a page, got "Resnett") — did you mean "resnet"?',
      },
    ]);
  });

  it('groups "Linked from" by kind in registry order, each source once, unlisted sources left out', () => {
    const {links} = checkLinks(files, markdownOf);
    const pageOf = (file: string): PageInfo => ({
      permalink: `/${file}`,
      title: file.split('/').at(-1)!,
      listed: !file.startsWith('blog/'),
    });
    const parts = linkedFromParts(['papers/resnet.md', 'docs/projects/triage.md'], links, pageOf);
    expect(parts.get('papers/resnet.md')).toEqual({
      groups: [
        {kind: 'project', label: 'Projects', pages: [{title: 'triage.md', permalink: '/docs/projects/triage.md'}]},
      ],
    });
    expect(parts.get('docs/projects/triage.md')).toEqual({
      groups: [
        {
          kind: 'benchmark',
          label: 'Benchmarks',
          pages: [{title: 'titanic.md', permalink: '/docs/benchmarks/titanic.md'}],
        },
      ],
    });
    expect(knowledgeLinks(links, pageOf).map((l) => `${l.from} ${l.kind} ${l.to}`)).toEqual([
      '/docs/projects/triage.md citation /papers/resnet.md',
      '/docs/projects/triage.md related /papers/resnet.md',
      '/docs/benchmarks/titanic.md reference /docs/projects/triage.md',
    ]);
  });
});

describe('citations and changes', () => {
  it('writes author–year labels as Pandoc does', () => {
    expect(authorYear({authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren'], year: 2016})).toBe('He et al., 2016');
    expect(authorYear({authors: ['Vaswani, Ashish', 'Noam Shazeer'], year: 2017})).toBe('Vaswani and Shazeer, 2017');
    expect(authorYear({authors: ['Geoffrey Hinton'], year: 2006})).toBe('Hinton, 2006');
  });

  it('lists links added and removed, a renamed file’s links compared under its new name', () => {
    const before = [
      {from: 'blog/a.md', to: 'papers/old.md', kind: 'wikilink' as const},
      {from: 'blog/a.md', to: 'papers/bert.md', kind: 'citation' as const},
    ];
    const after = [
      {from: 'blog/a.md', to: 'papers/new.md', kind: 'wikilink' as const},
      {from: 'blog/a.md', to: 'docs/notes/math.md', kind: 'wikilink' as const},
    ];
    expect(linkChanges(before, after, new Map([['papers/old.md', 'papers/new.md']]))).toEqual({
      added: [{from: 'blog/a.md', to: 'docs/notes/math.md', kind: 'wikilink'}],
      removed: [{from: 'blog/a.md', to: 'papers/bert.md', kind: 'citation'}],
    });
  });
});
