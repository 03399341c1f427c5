import {allCollections, collectionNamed, collections} from '../schema/collections';
import type {AnyCollection} from '../schema/collection';
import {placementOf} from '../schema/collectionOf';
import type {Located, ValidSite} from '../schema/validSite';
import {viewFieldsOf} from '../schema/viewFields';
import type {PageLookup} from '../site/pages';

/** A card as its note wrote it (source/noteCards.ts): what the model is built from. */
export interface WrittenCard {
  file: string;
  id: string;
  q: string;
  a: string;
}

/** A card in /roadmap.json: its text as written, its note and the decks it is reviewed in. */
export interface CardSummary {
  id: string;
  /** The question and answer, Markdown as written. */
  q: string;
  a: string;
  note: {title: string; permalink: string};
  /** Its decks' slugs (model/reviewPage.ts), `all` left out: its note's own, a course's, a tag's. */
  decks: string[];
  /** The date of its note (a paper's log date, a post's date, a course's start), if the note has one. */
  date?: string;
}

/** The kinds of deck /review filters by: every card, a course with its modules, a paper, the papers of a tag, a post, a free note. */
export type DeckKind = 'all' | 'course' | 'paper' | 'tag' | 'post' | 'note';

/** A deck a card is in, before counting: its slug and what the filter calls it. */
export interface DeckName {
  slug: string;
  kind: Exclude<DeckKind, 'all'>;
  title: string;
}

/** `docs/courses/`: a module note below a course's folder is reviewed with its course. */
const COURSE_FOLDER = (collections.course.files.patterns?.[0] ?? 'docs/courses/<slug>').split('<slug>')[0]!;

/**
 * The deck of a note's own cards, from its file alone, so that its page's
 * "Check yourself" links it without the model: a course's and its module
 * notes' is the course's, a paper's or post's its own, any other note's its path.
 */
export function ownDeck(file: string): string {
  const inCourse = file.startsWith(COURSE_FOLDER) ? file.slice(COURSE_FOLDER.length).split('/') : [];
  // A course's folder and what is below it; `docs/courses/index.md` is the curriculum, a note.
  if (inCourse.length > 1) return `course/${inCourse[0]!}`;
  const placement = placementOf(file);
  if (placement?.collection === 'paper' || placement?.collection === 'post')
    return `${placement.collection}/${placement.slug}`;
  // The file's path, folders kept: `docs/a-b.md` and `docs/a/b.md` are two decks.
  return `note/${file.replace(/\.[^./]+$/, '')}`;
}

/**
 * A tag's deck: its slug in lower-case kebab-case, as its Anki file's name
 * (a tag is free text: `../x` must name no file outside /cards/tag/).
 */
export function tagDeck(tag: string): string {
  const slug = tag
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tag/${slug === '' ? 'untitled' : slug}`;
}

/** The first date field its definition lists that the entry gives (`read`, `date`, `started`). */
function dateOf(collection: AnyCollection, entry: Record<string, unknown>): string | undefined {
  for (const field of viewFieldsOf(collection).values())
    if (field.type === 'date' && typeof entry[field.path] === 'string') return entry[field.path] as string;
  return undefined;
}

/**
 * Every listed note's cards with their decks and dates, in the order of the
 * notes' files: a paper's cards are in its own deck and its tags', a module
 * note's in its course's, any other note's in its own.
 */
export function reviewCards(
  site: ValidSite,
  pageOf: PageLookup,
  written: readonly WrittenCard[],
): {cards: CardSummary[]; decks: Map<string, DeckName>} {
  const entries = site as unknown as Record<string, Located<Record<string, unknown>>[]>;
  const byFile = new Map<string, {collection: AnyCollection; located: Located<Record<string, unknown>>}>();
  for (const collection of allCollections())
    for (const located of entries[collection.plural] ?? []) byFile.set(located.file, {collection, located});
  const courses = new Map(site.courses.map((c) => [c.slug, c]));
  const decks = new Map<string, DeckName>();
  const deck = (name: DeckName) => (decks.get(name.slug) ?? decks.set(name.slug, name).get(name.slug)!).slug;
  const cards = written.flatMap((card): CardSummary[] => {
    const found = byFile.get(card.file);
    const page = pageOf(card.file);
    if (!found || page.listed === false) return [];
    const {collection, located} = found;
    const own = ownDeck(card.file);
    const course = own.startsWith('course/') ? courses.get(own.slice('course/'.length)) : undefined;
    const names = [
      deck({
        slug: own,
        kind: own.slice(0, own.indexOf('/')) as DeckName['kind'],
        title: course ? pageOf(course.file).title : page.title,
      }),
    ];
    if (collection.name === 'paper')
      for (const tag of (located.entry.tags as string[] | undefined) ?? [])
        names.push(deck({slug: tagDeck(tag), kind: 'tag', title: `Papers tagged ${tag}`}));
    const date =
      (course ? dateOf(collectionNamed('course'), course.entry) : undefined) ??
      page.date ??
      dateOf(collection, located.entry);
    return [
      {
        id: card.id,
        q: card.q,
        a: card.a,
        note: {title: page.title, permalink: page.permalink},
        decks: names,
        ...(date === undefined ? {} : {date}),
      },
    ];
  });
  return {cards, decks};
}

/** The date each card counts from in a trend of cards added: its note's; a card of an undated note counts in none. */
export function cardDates(model: {cards: readonly CardSummary[]}): string[] {
  return model.cards.flatMap((card) => (card.date === undefined ? [] : [card.date]));
}
