import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {deckFile, deckList} from '../../plugins/roadmap/build/cardsExport';
import {ankiFiles, renderedCards, reviewChunks} from '../../plugins/roadmap/build/reviewFiles';
import {ankiDeck, ankiTsv, type AnkiRow} from '../../plugins/roadmap/emit/ankiTsv';
import {cardHtml, renderedCardHtml} from '../../plugins/roadmap/emit/cardHtml';
import type {LinkIndex} from '../../plugins/roadmap/emit/linkIndex';
import {buildRoadmapModel, type RoadmapModel} from '../../plugins/roadmap/model/roadmapModel';
import {ownDeck, tagDeck} from '../../plugins/roadmap/model/reviewCards';
import {CARDS_PER_CHUNK, deckExport, reviewPage} from '../../plugins/roadmap/model/reviewPage';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {cardId, cardLinks, readCardsBlock, readNoteCards} from '../../plugins/roadmap/source/noteCards';
import {NoteBody} from '../../plugins/roadmap/source/noteLinks';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {LinkTargets, type LinkTarget} from '../../plugins/roadmap/validate/linkTargets';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {pageAtItsPath} from '../support/exampleModel';

const TODAY = '2026-11-25';

/** A free note whose body is `body`: its front matter takes lines 1–3. */
const note = (body: string) => `---\ntitle: Cards\n---\n${body}`;
const block = (yaml: string) => `\`\`\`cards\n${yaml}\`\`\`\n`;

async function checked(changes: Record<string, string>): Promise<string[]> {
  const {problems} = await checkSite(await writeSite(changes), {today: TODAY});
  return problems.map(formatProblem);
}

/** The example site with `changes`, its cards read as the build reads them. */
async function modelWith(changes: Record<string, string>): Promise<RoadmapModel> {
  const {site, files, markdownOf, problems} = await checkSite(await writeSite(changes), {today: TODAY});
  if (!site) throw new Error(problems.map(formatProblem).join('\n'));
  const written = files.flatMap(({file}) =>
    readNoteCards(file, new NoteBody(markdownOf(file).text)).cards.map(({id, q, a}) => ({file, id, q, a})),
  );
  // Unlisted as Docusaurus would load it: a page, in no list.
  const unlisted = new Set(files.filter((f) => f.frontMatter.unlisted === true).map((f) => f.file));
  return buildRoadmapModel(site, (file) => ({...pageAtItsPath(file), listed: !unlisted.has(file)}), TODAY, [], written);
}

describe('a ```cards block', () => {
  const text = note(
    `\nIntro.\n\n${block(
      '- q: What do identity shortcuts let a 56-layer net do?\n' +
        '  a: Train as easily as a 20-layer one.\n' +
        '- q: |\n    What is $F$ in\n    $y = F(x) + x$?\n' +
        '  a: The residual mapping.\n' +
        '  id: residual-f\n',
    )}`,
  );

  it('reads each card with its id and the lines of its question and answer', () => {
    const {cards, problems} = readNoteCards('papers/resnet.md', new NoteBody(text));
    expect(problems).toEqual([]);
    expect(cards.map(({id, named, line, qLine, aLine}) => ({id, named, line, qLine, aLine}))).toEqual([
      {
        id: cardId('papers/resnet.md', 'What do identity shortcuts let a 56-layer net do?'),
        named: false,
        line: 8,
        qLine: 8,
        aLine: 9,
      },
      {id: 'residual-f', named: true, line: 10, qLine: 10, aLine: 13},
    ]);
    expect(cards[0]!.id).toMatch(/^papers\/resnet#[0-9a-f]{10}$/);
    expect(cards[1]!.q).toBe('What is $F$ in\n$y = F(x) + x$?\n');
  });

  it('gives a card without an id one from its note and its question: the same when re-wrapped, new when reworded', () => {
    const id = cardId('papers/resnet.md', 'What is  $F$ in\n$y = F(x) + x$?');
    expect(cardId('papers/resnet.md', ' What is $F$ in $y = F(x) + x$? ')).toBe(id);
    expect(cardId('papers/resnet.md', 'What is $F$ in $y = F(x)$?')).not.toBe(id);
    expect(cardId('papers/vit.md', 'What is $F$ in $y = F(x) + x$?')).not.toBe(id);
    expect(cardId('docs/courses/fastai/lesson-1.ipynb', 'Why?')).toMatch(/^docs\/courses\/fastai\/lesson-1#/);
  });

  it('finds the links of its cards, at the line of the question or answer that writes them', () => {
    const body = new NoteBody(note(block('- q: Why does [[attention]] scale?\n  a: See [@vaswani2017].\n')));
    expect(cardLinks('docs/notes/cards.md', body).map(({kind, line}) => `${kind} ${line}`)).toEqual([
      'wikilink 5',
      'citation 6',
    ]);
  });

  it('is refused at its line when it is not a list of {q, a, id?}', async () => {
    expect(
      await checked({
        'docs/notes/a.md': note(block('q: not a list\n')),
        'docs/notes/b.md': note(block('- q: ""\n  a: [3]\n- question: x\n  a: y\n- just text\n')),
        'docs/notes/c.md': note(block('- q: [unclosed\n  a: y\n')),
        'docs/notes/d.md': note(block('- q: Fine\n  a: Fine\n  id: Not_Kebab\n')),
      }),
    ).toEqual([
      'docs/notes/a.md:5 cards: wrong type (expected a list of cards, each {q, a, id?}, got a mapping)',
      'docs/notes/b.md:5 cards[0].q: is empty (expected the question, as Markdown)',
      'docs/notes/b.md:6 cards[0].a: wrong type (expected the answer, as Markdown, got a list)',
      'docs/notes/b.md:7 cards[1].q: required field is missing (expected the question, as Markdown)',
      'docs/notes/b.md:7 cards[1].question: unknown field "question" (expected q, a, id)',
      'docs/notes/b.md:9 cards[2]: wrong type (expected a card {q, a, id?}, got "just text")',
      expect.stringMatching(/^docs\/notes\/c\.md:\d cards: YAML does not parse/),
      'docs/notes/d.md:7 cards[0].id: malformed id (expected lower-case kebab-case like "deep-learning", got "Not_Kebab")',
    ]);
  });

  it('takes a number or a truth value as the text it was typed as', () => {
    const {cards} = readNoteCards(
      'docs/notes/a.md',
      new NoteBody(note(block('- q: In what year?\n  a: 2017\n- q: Is it convex?\n  a: false\n'))),
    );
    expect(cards.map((c) => c.a)).toEqual(['2017', 'false']);
  });

  it('is refused when two cards share an id on the site, or a note asks the same question twice', async () => {
    expect(
      await checked({
        'docs/notes/a.md': note(block('- q: One\n  a: 1\n  id: shared\n')),
        'docs/notes/b.md': note(block('- q: Two\n  a: 2\n  id: shared\n- q: Same?\n  a: x\n- q: Same?\n  a: y\n')),
      }),
    ).toEqual([
      'docs/notes/b.md:7 cards[0].id: "shared" is also the id of the card at docs/notes/a.md:5 (expected each card\'s id once on the site)',
      'docs/notes/b.md:10 cards[2].q: the same question as the card at docs/notes/b.md:8 (expected each question once in a note, or an id: on one of them)',
    ]);
  });

  it('is refused when the sanitizer would change a card, at the line of that text', async () => {
    const problems = await checked({
      'docs/notes/a.md': note(block('- q: Safe?\n  a: <img src="x" onerror="alert(1)">\n')),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^docs\/notes\/a\.md:6 cards\[0\]\.a <img onerror>: removed/);
  });

  it('keeps what the author typed: a number as written, and warns of text a # comment cut short', async () => {
    const text = note(block('- q: Which version?\n  a: 3.10\n- q: What is the #1 rule of git?\n  a: Commit often.\n'));
    const {cards, warnings} = readNoteCards('docs/notes/a.md', new NoteBody(text));
    expect(cards[0]!.a).toBe('3.10');
    expect(warnings.map(formatProblem)).toEqual([
      'docs/notes/a.md:7 cards[1].q: cut short by a comment? (YAML ends unquoted text at " #"; expected the whole text in quotes, got "What is the")',
    ]);
  });

  it('is refused when it is empty, shows nothing, or starts with ---', async () => {
    expect(
      await checked({
        'docs/notes/a.md': note(block('[]\n')),
        'docs/notes/b.md': note(block('- q: "<!-- hidden -->"\n  a: x\n')),
        'docs/notes/c.md': note(block('- q: Rule?\n  a: "---\\nno: front matter\\n---"\n')),
      }),
    ).toEqual([
      'docs/notes/a.md:5 cards: is an empty list (expected at least one card {q, a, id?})',
      'docs/notes/b.md:5 cards[0].q: shows nothing (expected the question, as Markdown; got only markup, such as an HTML comment)',
      expect.stringMatching(/^docs\/notes\/c\.md:6 cards\[0\]\.a: starts with --- /),
    ]);
  });

  it('is found in a quote or a list item too, as the page renders it', async () => {
    expect(await checked({'docs/notes/a.md': note('> ```cards\n> - q: ""\n>   a: x\n> ```\n')})).toEqual([
      'docs/notes/a.md:5 cards[0].q: is empty (expected the question, as Markdown)',
    ]);
  });

  it('is refused when a card links a document that would run script, as the body is', async () => {
    const problems = await checked({
      'src/evil.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'docs/notes/a.md': note(block('- q: Open it?\n  a: "[open](../../src/evil.svg)"\n')),
    });
    expect(problems).toContainEqual(expect.stringMatching(/^docs\/notes\/a\.md:6 .*evil\.svg/));
  });

  it('puts a link of a `|` block at its own line', () => {
    const body = new NoteBody(note(block('- q: |\n    First line.\n\n    Then [[attention]]?\n  a: x\n')));
    expect(cardLinks('docs/notes/a.md', body).map((l) => l.line)).toEqual([8]);
  });

  it('is refused when a wikilink in a card lands nowhere, at its line', async () => {
    const problems = await checked({'docs/notes/a.md': note(block('- q: Why?\n  a: See [[no-such-paper]].\n'))});
    expect(problems).toEqual([expect.stringMatching(/^docs\/notes\/a\.md:6 \[\[no-such-paper\]\]: unknown note/)]);
  });
});

const TARGETS: LinkTarget[] = [
  {
    file: 'papers/resnet.md',
    route: '/papers/resnet',
    permalink: '/roadmap/papers/resnet',
    title: 'Deep Residual Learning',
    kind: 'paper',
    slug: 'resnet',
    citekey: 'he2016deep',
    aliases: [],
    state: 'listed',
  },
  {
    file: 'docs/notes/b.md',
    route: '/docs/notes/b',
    permalink: '/roadmap/docs/notes/b',
    title: 'Note B',
    kind: 'note',
    slug: 'notes/b',
    aliases: [],
    state: 'listed',
  },
];
const INDEX: LinkIndex = {
  targets: new LinkTargets(TARGETS),
  papers: new Map([
    [
      'papers/resnet.md',
      {
        route: '/papers/resnet',
        label: 'He et al., 2016',
        title: 'Deep Residual Learning',
        authors: [],
        year: 2016,
        status: 'read',
      },
    ],
  ]),
};

describe("a card's HTML", () => {
  const html = cardHtml(
    'With $y = F(x) + x$, [[resnet]] [@he2016deep] and [the paper](/papers/resnet#notes).<script>x</script>',
    {
      index: INDEX,
      file: 'docs/notes/a.md',
      origin: 'https://me.example',
      baseUrl: '/roadmap/',
    },
  );

  it('for /review: math as MathML only, links with the base URL, nothing the sanitizer drops', () => {
    expect(html.review).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html.review).not.toContain('katex-html');
    expect(html.review).toContain('<a href="/roadmap/papers/resnet">Deep Residual Learning</a>');
    expect(html.review).toContain('<em>(<a href="/roadmap/papers/resnet">He et al., 2016</a>)</em>');
    expect(html.review).toContain('<a href="/roadmap/papers/resnet#notes">the paper</a>');
    // A relative link to a note's file, and a site path that is no note, as the built site has them.
    const more = cardHtml('[a](./b.md) and ![x](/img/x.png) and [b](/papers)', {
      index: INDEX,
      file: 'docs/notes/a.md',
      origin: 'https://me.example',
      baseUrl: '/roadmap/',
    });
    expect(more.review).toBe(
      '<p><a href="/roadmap/docs/notes/b">a</a> and <img src="/roadmap/img/x.png" alt="x"> and <a href="/roadmap/papers">b</a></p>',
    );
    expect(more.anki).toContain('<img src="https://me.example/roadmap/img/x.png" alt="x">');
    expect(html.review).not.toContain('script');
  });

  it('takes a shortcut for plain text that gives the same HTML as the render', () => {
    const options = {index: INDEX, file: 'docs/notes/a.md', origin: 'https://me.example', baseUrl: '/roadmap/'};
    for (const text of [
      'Why does it train faster?',
      "It's 20% better; (really) - yes.",
      'Ends with a colon: yes',
      'Café — naïve ’quote’ 2+2=4',
      '  padded\n',
      '1. a list',
      '- an item',
      '> a quote',
      'two  spaces',
      'see www.example.org',
    ])
      expect(cardHtml(text, options), text).toEqual(renderedCardHtml(text, options));
    expect(cardHtml('Why?', options)).toEqual({review: '<p>Why?</p>', anki: '<p>Why?</p>'});
  });

  it("for Anki: math in MathJax's delimiters, links to the site's origin", () => {
    expect(html.anki).toBe(
      '<p>With \\(y = F(x) + x\\), <a href="https://me.example/roadmap/papers/resnet">Deep Residual Learning</a> ' +
        '<em>(<a href="https://me.example/roadmap/papers/resnet">He et al., 2016</a>)</em> and ' +
        '<a href="https://me.example/roadmap/papers/resnet#notes">the paper</a>.</p>',
    );
    expect(cardHtml('$$\na^2\n$$', {index: INDEX, file: 'a.md', origin: '', baseUrl: '/'}).anki).toBe(
      '<p>\\[a^2\\]</p>',
    );
  });
});

/** Anki's text import, as its manual describes it: `#key:value` headers, then tab-separated fields, CSV-quoted. */
function readAnkiFile(text: string): {headers: string[]; rows: string[][]} {
  const headers: string[] = [];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let at = 0;
  while (text.startsWith('#', at)) {
    const end = text.indexOf('\n', at);
    headers.push(text.slice(at, end));
    at = end + 1;
  }
  for (; at < text.length; at += 1) {
    const c = text[at]!;
    if (quoted) {
      if (c === '"' && text[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === '\t') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += c;
  }
  return {headers, rows};
}

describe('the Anki file', () => {
  const rows: AnkiRow[] = [
    {
      front: '<p>Plain?</p>',
      back: '<p>Yes.</p>',
      deck: ankiDeck('ResNet'),
      tags: ['roadmap', 'paper::resnet'],
      guid: 'roadmap:a',
    },
    {
      front: '<p>Tab\there, "quotes"</p>\n<p>and a line</p>',
      back: '<p>\\(x\\)</p>',
      deck: ankiDeck('Course:: Part 1'),
      tags: ['two words'],
      guid: 'roadmap:papers/resnet#0123456789',
    },
  ];

  it('quotes every field, so a card whose HTML starts with # cannot hide its line and forge the next', () => {
    const forged = ankiTsv([
      {
        front: '#x',
        back: '</div>\nfront\tback\tRoadmap::Other\ttag\troadmap:victim\nz',
        deck: 'd',
        tags: [],
        guid: 'g',
      },
    ]);
    expect(forged.split('\n').filter((line) => !line.startsWith('#') && line !== '')[0]).toMatch(/^"#x"\t/);
    expect(readAnkiFile(forged).rows).toHaveLength(1);
  });

  it('starts with the headers of Anki 2.1.55+ and reads back as it was written', () => {
    const {headers, rows: read} = readAnkiFile(ankiTsv(rows));
    expect(headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:Front\tBack\tDeck\tTags\tGUID',
      '#deck column:3',
      '#tags column:4',
      '#guid column:5',
    ]);
    expect(read).toEqual([
      ['<p>Plain?</p>', '<p>Yes.</p>', 'Roadmap::ResNet', 'roadmap paper::resnet', 'roadmap:a'],
      [rows[1]!.front, '<p>\\(x\\)</p>', 'Roadmap::Course: Part 1', 'two-words', 'roadmap:papers/resnet#0123456789'],
    ]);
  });
});

describe('the review model', () => {
  const cards = (yaml: string) => block(yaml);
  const changes = {
    'papers/attention.md': `---
title: Attention Is All You Need
authors: [Ashish Vaswani]
year: 2017
arxiv: 1706.03762
status: read
read: 2025-10-12
takeaway: Attention is enough
tags: [transformers, attention]
---

${cards('- q: Why scale by the root of d_k?\n  a: Softmax saturates.\n  id: attention-scaling\n')}`,
    'docs/courses/ml-basics/regression.md': `---\ntitle: Regression\n---\n\n${cards('- q: What is a residual?\n  a: y minus the fit.\n- q: Why scale features?\n  a: One learning rate fits all.\n')}`,
    'blog/2025-10-01-hello.md': `---\ntitle: Hello\nauthors: [author]\ntags: [roadmap]\n---\n\n${cards('- q: Why write in public?\n  a: To remember.\n')}`,
    'docs/notes/math.md': `---\ntitle: Math notes\nunlisted: true\n---\n\n${cards('- q: Hidden?\n  a: Yes.\n')}`,
  };

  it('puts each card in its note’s deck, a paper’s in its tags’ too, and leaves unlisted notes out', async () => {
    const model = await modelWith(changes);
    expect(model.cards.map(({note, decks, date}) => ({note: note.permalink, decks, date}))).toEqual([
      {note: '/blog/2025-10-01-hello.md', decks: ['post/hello'], date: undefined},
      {note: '/docs/courses/ml-basics/regression.md', decks: ['course/ml-basics'], date: '2025-10-01'},
      {note: '/docs/courses/ml-basics/regression.md', decks: ['course/ml-basics'], date: '2025-10-01'},
      {
        note: '/papers/attention.md',
        decks: ['paper/attention', 'tag/transformers', 'tag/attention'],
        date: '2025-10-12',
      },
    ]);
    const page = reviewPage(model);
    expect(page.decks.map((d) => `${d.slug} ${d.size} ${d.export}`)).toEqual([
      'all 4 cards.tsv',
      'course/ml-basics 2 cards/course/ml-basics.tsv',
      'paper/attention 1 cards/paper/attention.tsv',
      'tag/attention 1 cards/tag/attention.tsv',
      'tag/transformers 1 cards/tag/transformers.tsv',
      'post/hello 1 cards/post/hello.tsv',
    ]);
    expect(page.decks[1]!.title).toBe('docs/courses/ml-basics/index.md');
    expect(page.notes.map((n) => n.decks)).toEqual([[5], [1], [2, 4, 3]]);
    expect(page.cards.map((c) => c.note)).toEqual([0, 1, 1, 2]);
    expect(page.chunks).toBe(1);
  });

  it('names the deck of a note from its file alone, as its page links it', () => {
    expect(ownDeck('docs/courses/fastai/lesson-1.ipynb')).toBe('course/fastai');
    expect(ownDeck('papers/resnet.md')).toBe('paper/resnet');
    expect(ownDeck('blog/2025-10-01-hello.md')).toBe('post/hello');
    expect(ownDeck('docs/notes/linear-algebra.md')).toBe('note/docs/notes/linear-algebra');
    expect(ownDeck('docs/a-b.md')).not.toBe(ownDeck('docs/a/b.md'));
    // The curriculum's own page is a note, not a course.
    expect(ownDeck('docs/courses/index.md')).toBe('note/docs/courses/index');
    expect(tagDeck('../../../../tmp/pwn')).toBe('tag/tmp-pwn');
    expect(tagDeck('Computer Vision')).toBe('tag/computer-vision');
    expect(() => deckExport('tag/../../x')).toThrow(/outside \/cards\//);
  });

  it('writes the cards’ text in chunks of 250 and one Anki file per deck', async () => {
    const model = await modelWith(changes);
    const rendered = renderedCards(model, INDEX, [], {origin: 'https://me.example', baseUrl: '/'});
    const chunks = reviewChunks(model, rendered);
    expect(chunks.map((c) => c.name)).toEqual(['review/chunk-0.json']);
    expect(JSON.parse(chunks[0]!.json)['attention-scaling']).toEqual({
      q: '<p>Why scale by the root of d_k?</p>',
      a: '<p>Softmax saturates.</p>',
    });
    const files = ankiFiles(model, rendered);
    expect(Object.keys(files).sort()).toEqual([
      'cards.tsv',
      'cards/course/ml-basics.tsv',
      'cards/paper/attention.tsv',
      'cards/post/hello.tsv',
      'cards/tag/attention.tsv',
      'cards/tag/transformers.tsv',
    ]);
    expect(readAnkiFile(files['cards/paper/attention.tsv']!).rows).toEqual([
      [
        '<p>Why scale by the root of d_k?</p>',
        '<p>Softmax saturates.</p>',
        'Roadmap::papers/attention.md',
        'roadmap paper::attention tag::transformers tag::attention',
        'roadmap:attention-scaling',
      ],
    ]);
    expect(readAnkiFile(files['cards.tsv']!).rows).toHaveLength(4);
  });

  it('splits a large log into chunks of CARDS_PER_CHUNK cards, the queue’s index in one file', () => {
    const many = Array.from({length: CARDS_PER_CHUNK * 2 + 1}, (_, i) => ({
      id: `c${i}`,
      q: 'q',
      a: 'a',
      note: {title: 'n', permalink: `/n${i % 3}`},
      decks: [`note/n${i % 3}`],
    }));
    const page = reviewPage({
      cards: many,
      cardDecks: [0, 1, 2].map((i) => ({slug: `note/n${i}`, kind: 'note', title: `n${i}`})),
    });
    expect(page.chunks).toBe(3);
    expect(page.cards.at(-1)).toEqual({id: `c${CARDS_PER_CHUNK * 2}`, note: 2, chunk: 2});
    expect(page.notes).toHaveLength(3);
  });
});

describe('the cards README and CONTRIBUTING show', () => {
  it.each(['README.md', 'CONTRIBUTING.md'])('are valid cards in %s', (doc) => {
    const text = readFileSync(path.join(__dirname, '../..', doc), 'utf8');
    const blocks = [...text.matchAll(/^```cards\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
    expect(blocks).toHaveLength(1);
    const {cards, problems} = readCardsBlock(doc, {yaml: blocks[0]!, line: 1});
    expect(problems).toEqual([]);
    expect(cards).toHaveLength(2);
  });
});

describe('npm run cards:export', () => {
  it('writes one deck as the build does, and names the nearest deck for a typo', async () => {
    const changes = {
      'docs/notes/math.md': note(block('- q: What is [[attention]] about?\n  a: Attention.\n  id: math-attention\n')),
    };
    const checked = await checkSite(await writeSite(changes), {today: TODAY});
    const site = checked.site!;
    expect(deckList({...checked, site}, TODAY)).toEqual([
      {slug: 'all', title: 'All cards', size: 1},
      {slug: 'note/docs/notes/math', title: 'Cards', size: 1},
    ]);
    const found = deckFile(
      {...checked, site},
      {deck: 'note/docs/notes/math', origin: 'https://me.example', baseUrl: '/kb/', today: TODAY},
    );
    expect('text' in found && readAnkiFile(found.text).rows).toEqual([
      [
        '<p>What is <a href="https://me.example/kb/papers/attention">Attention Is All You Need</a> about?</p>',
        '<p>Attention.</p>',
        'Roadmap::Cards',
        'roadmap note::docs/notes/math',
        'roadmap:math-attention',
      ],
    ]);
    expect(deckFile({...checked, site}, {deck: 'note/docs/notes/mat', origin: '', baseUrl: '/', today: TODAY})).toEqual(
      {
        problem: expect.stringMatching(
          /^no deck "note\/docs\/notes\/mat" \(expected all or one of the site's 1 decks.*did you mean "note\/docs\/notes\/math"\?$/,
        ),
      },
    );
  });
});
