import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {load} from 'cheerio';
import {describe, expect, inject, it} from 'vitest';
import type {CardSummary} from '../../plugins/roadmap/model/reviewCards';

/**
 * The lived-in fixture (scripts/corpus/livedInSite.ts), built once per run as of 2026-06-10: seven
 * cards, two in papers/resnet (one with an id, one with math and a wikilink), three in a module
 * note of ng-ml-spec, one in a post (with a citation) and one in a notebook's Markdown cell.
 */
const outDir = inject('livedInOutDir');
const read = (...parts: string[]) => readFile(path.join(outDir, ...parts), 'utf8');

/** Every `.js` file of the build that holds `text`. */
async function scriptsHolding(text: string): Promise<string[]> {
  const dir = path.join(outDir, 'assets/js');
  const files = await readdir(dir);
  const holding: string[] = [];
  for (const file of files) if ((await readFile(path.join(dir, file), 'utf8')).includes(text)) holding.push(file);
  return holding;
}

describe('review cards, built (lived-in fixture)', () => {
  it('lists every card in /roadmap.json with its note, decks and the date it counts from, docs then papers then posts', async () => {
    const model = JSON.parse(await read('roadmap.json')) as {cards: CardSummary[]};
    expect(model.cards.map((c) => `${c.note.permalink} ${c.decks.join(',')} ${c.date ?? '-'}`)).toEqual([
      '/docs/courses/ng-ml-spec/regression-and-classification course/ng-ml-spec 2025-10-01',
      '/docs/courses/ng-ml-spec/regression-and-classification course/ng-ml-spec 2025-10-01',
      '/docs/courses/ng-ml-spec/regression-and-classification course/ng-ml-spec 2025-10-01',
      '/docs/courses/ng-ml-spec/regression-lab course/ng-ml-spec 2025-10-01',
      '/papers/resnet paper/resnet,tag/vision,tag/architecture 2025-11-03',
      '/papers/resnet paper/resnet,tag/vision,tag/architecture 2025-11-03',
      '/blog/2026/05/03/shipping-triage post/shipping-triage 2026-05-03',
    ]);
    expect(model.cards[4]!.id).toBe('resnet-shortcuts');
    expect(model.cards[5]!.id).toMatch(/^papers\/resnet#[0-9a-f]{10}$/);
    // As written: the model keeps the Markdown, the page and the Anki file render it.
    expect(model.cards[5]!.a).toContain('[[vaswani2017attention]]');
  });

  it('draws a paper’s block as "Check yourself": questions as summaries, math and wikilinks rendered, links to its deck', async () => {
    const $ = load(await read('papers/resnet', 'index.html'));
    const block = $('[data-check-yourself]');
    expect(block).toHaveLength(1);
    expect(block.find('[role=heading]').text()).toBe('Check yourself');
    expect(block.find('summary').map((_, s) => $(s).text()).get()[0]).toBe(
      'What do identity shortcuts let a 56-layer net do?',
    );
    expect(block.find('details').eq(1).find('.katex').length).toBeGreaterThan(1);
    expect(block.find('details a[href="/papers/attention"]').text()).toBe('Attention Is All You Need');
    expect(block.find('a[href="/review?deck=paper/resnet"]').text()).toBe('Review these cards');
    expect(block.find('a[download]').attr('href')).toBe('/cards/paper/resnet.tsv');
    // The YAML never reaches the page.
    expect($('article').text()).not.toContain('q: What do identity');
  });

  it('draws the block in a notebook’s Markdown cell and in a post, whose feed item keeps the questions without the links', async () => {
    const lab = load(await read('docs/courses/ng-ml-spec/regression-lab', 'index.html'));
    expect(lab('[data-check-yourself] summary').text()).toBe('Which split does the lab hold out?');
    const feed = await read('blog', 'rss.xml');
    expect(feed).toContain('What was the first thing to break in production?');
    expect(feed).not.toContain('Review this card');
  });

  it('gives /review the queue’s index and the cards’ text in chunks, math as MathML, nothing else on other pages', async () => {
    const $ = load(await read('review', 'index.html'));
    expect($('h1').text()).toBe('Review');
    expect($('main').text()).toContain('7 cards in 5 decks');
    expect($('[data-review-loading]')).toHaveLength(1);
    // The cards' ids are in /review's data and the chunk of their text, and nowhere else.
    const holding = await scriptsHolding('resnet-shortcuts');
    expect(holding).toHaveLength(2);
    const texts = await Promise.all(holding.map((file) => read('assets/js', file)));
    const chunk = texts.find((text) => text.includes('The residual block computes'));
    expect(chunk, 'a chunk with the cards’ text').toBeDefined();
    expect(chunk).toMatch(/<math xmlns=\\*"http:\/\/www\.w3\.org\/1998\/Math\/MathML/);
    expect(chunk).not.toContain('katex-html');
  });

  it('publishes every card at /cards.tsv and each deck at /cards/<deck>.tsv, as Anki imports them', async () => {
    const all = (await read('cards.tsv')).split('\n');
    expect(all.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#columns:Front\tBack\tDeck\tTags\tGUID',
      '#deck column:3',
      '#tags column:4',
      '#guid column:5',
    ]);
    expect(all.filter((line) => line !== '' && !line.startsWith('#'))).toHaveLength(7);
    const resnet = (await read('cards/paper/resnet.tsv')).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(resnet).toHaveLength(2);
    // Every field quoted (emit/ankiTsv.ts), none holding a tab here.
    expect(resnet[0]!.split('\t').map((field) => field.replace(/^"|"$/g, '').replace(/""/g, '"'))).toEqual([
      '<p>What do identity shortcuts let a 56-layer net do?</p>',
      '<p>Train as easily as a 20-layer one; the gradient reaches early layers through the shortcuts.</p>',
      'Roadmap::Deep Residual Learning for Image Recognition',
      'roadmap paper::resnet tag::vision tag::architecture',
      'roadmap:resnet-shortcuts',
    ]);
    expect(resnet[1]).toContain('\\(y = F(x) + x\\)');
    expect((await readdir(path.join(outDir, 'cards/tag'))).sort()).toEqual(['architecture.tsv', 'vision.tsv']);
    expect(await read('cards/course/ng-ml-spec.tsv')).toContain('Roadmap::Machine Learning Specialization');
  });

  it('counts the cards on the home page and /progress, with the cards added in the last 12 weeks', async () => {
    const home = load(await read('index.html'));
    const figure = home('[aria-label="Headline figures"] li').last().text();
    expect(figure).toContain('7 cards written');
    // Only the post's card is dated in the last 12 weeks; the course began, and resnet was logged, before.
    expect(figure).toContain('1 card added in the last 12 weeks');
    const progress = load(await read('progress', 'index.html'));
    expect(progress('main').text()).toContain('7 review cards written in the notes');
  });
});
