import type {PageLookup, PageRef} from '../site/pages';
import {allCollections, type CollectionName, type Collections} from '../schema/collections';
import type {AnyCollection, EntryOf} from '../schema/collection';
import type {Project} from '../schema/collections/project';
import type {RoadmapFile} from '../schema/roadmapFile';
import type {Located, ValidSite} from '../schema/validSite';
import {withoutUndefined} from './withoutUndefined';
import type {KnowledgeLink} from './knowledgeLinks';
import {reviewCards, type CardSummary, type DeckName, type WrittenCard} from './reviewCards';
import {byOrder} from './listOrder';
import {OWN_SUMMARIES, type CourseSummary} from './ownSummaries';
import {skillEvidence, type Evidence, type SkillRow} from './skillEvidence';

export type {BenchmarkResult, CourseSummary, PaperLogEntry, PostSummary} from './ownSummaries';

type Page = PageRef;

/** An entry of a kind without a summary of its own: its fields and page, its skills always a list. */
export type EntrySummary<Entry> = Page & Omit<Entry, 'title' | 'skills'> & {skills: string[]};

type OwnSummaries = typeof OWN_SUMMARIES;
/** The kinds /roadmap.json lists: those whose definition says `listed`. */
type ListedName = {[N in keyof Collections]: Collections[N]['listed'] extends undefined ? never : N}[keyof Collections];
/** One entry of a kind's list in /roadmap.json. */
export type SummaryOf<N extends keyof Collections> = N extends keyof OwnSummaries
  ? ReturnType<OwnSummaries[N]>
  : EntrySummary<EntryOf<Collections[N]['fields']>>;
/** Every listed kind's entries, under its plural (`papers`), derived from the registry. */
export type ModelLists = {[N in ListedName as Collections[N]['plural']]: SummaryOf<N>[]};

export type ProjectSummary = EntrySummary<Project>;

/** The published model: `/roadmap.json` (documented in README, "Data: roadmap.json"). */
export type RoadmapModel = ModelLists & {
  version: 1;
  vision: string;
  rules: RoadmapFile['rules'];
  domains: RoadmapFile['domains'];
  phases: (RoadmapFile['phases'][number] & {courses: string[]})[];
  now: {
    focus?: Page;
    project?: Page;
    quarterGoal?: string;
    thisWeek?: string;
  };
  skills: {levels: string[]; categories: {id: string; title: string}[]; rows: SkillRow[]};
  changes: NonNullable<RoadmapFile['changes']>;
  /** Every link between listed pages (model/knowledgeLinks.ts). */
  links: KnowledgeLink[];
  /** Every card of every listed note, in the order of the notes' files (model/reviewCards.ts). */
  cards: CardSummary[];
  /** The decks those cards are in, besides all of them. */
  cardDecks: DeckName[];
};

/** Pure: validated content in, page data out, as of `today`. No Docusaurus, no file system. */
export function buildRoadmapModel(
  allEntries: ValidSite,
  pageOf: PageLookup,
  today: string,
  links: KnowledgeLink[] = [],
  written: readonly WrittenCard[] = [],
): RoadmapModel {
  const listed = <E>(entries: Located<E>[]) => entries.filter((e) => pageOf(e.file).listed !== false);
  const entries = allEntries as unknown as Record<string, Located<unknown>[]>;
  const site = {
    ...allEntries,
    ...Object.fromEntries(allCollections().map((c) => [c.plural, listed(entries[c.plural] ?? [])])),
  } as ValidSite;
  const page = <E>({file, slug}: Located<E>): Page => {
    const {permalink, title} = pageOf(file);
    return {slug, title, permalink};
  };
  const listedEntries = site as unknown as Record<string, Located<Record<string, unknown>>[]>;
  const ownSummaries = OWN_SUMMARIES as unknown as Partial<
    Record<string, (located: Located<Record<string, unknown>>, page: Page, pageOf: PageLookup) => Page>
  >;
  const summaryOf = (collection: AnyCollection) => (located: Located<Record<string, unknown>>) =>
    ownSummaries[collection.name]?.(located, page(located), pageOf) ?? entrySummary(located, pageOf);
  const lists = Object.fromEntries(
    allCollections().flatMap((collection) =>
      collection.listed
        ? [
            [
              collection.plural,
              (listedEntries[collection.plural] ?? [])
                .map(summaryOf(collection))
                .sort(byOrder(collection.listed.order)),
            ],
          ]
        : [],
    ),
  ) as ModelLists;
  // Courses in phase order; within a phase, in the author's sidebar order.
  const phaseOrder = site.roadmap.phases.map((phase) => phase.id);
  const position = new Map(site.courses.map((c) => [c.slug, pageOf(c.file).position ?? Infinity]));
  const positionOf = (course: CourseSummary) => position.get(course.slug) ?? Infinity;
  const courses = [...lists.courses]
    .sort((a, b) => positionOf(a) - positionOf(b))
    .sort((a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase));
  lists.courses = courses;
  const {projects} = lists;
  // Every collection's listed pages with the skills they show, in registry order: the
  // listed kinds' summaries, any other (notes) as its pages.
  const summaries: Partial<Record<string, readonly (Page & {skills: readonly string[]})[]>> = lists;
  const evidence: (Evidence & {skills: readonly string[]})[] = allCollections().flatMap((collection) => {
    const items =
      summaries[collection.plural] ??
      (listedEntries[collection.plural] ?? []).map((located) => ({
        ...page(located),
        skills: (located.entry.skills as string[] | undefined) ?? [],
      }));
    return items.map(({title, permalink, skills}) => ({
      kind: collection.name as CollectionName,
      title,
      permalink,
      skills,
    }));
  });
  const {now} = site.roadmap;
  const courseBySlug = new Map(courses.map((c) => [c.slug, c]));
  const projectBySlug = new Map(projects.map((p) => [p.slug, p]));
  const review = reviewCards(allEntries, pageOf, written);
  const pick = (p: Page | undefined): Page | undefined => p && {slug: p.slug, title: p.title, permalink: p.permalink};

  return {
    version: 1,
    vision: site.roadmap.vision,
    rules: site.roadmap.rules,
    domains: site.roadmap.domains,
    phases: site.roadmap.phases.map((phase) => ({
      ...phase,
      courses: courses.filter((c) => c.phase === phase.id).map((c) => c.slug),
    })),
    now: withoutUndefined({
      focus: pick(now.focus === undefined ? undefined : courseBySlug.get(now.focus)),
      project: pick(now.project === undefined ? undefined : projectBySlug.get(now.project)),
      quarterGoal: now.quarter_goal,
      thisWeek: now.this_week,
    }),
    ...lists,
    skills: {
      levels: site.skills.levels,
      categories: site.skills.categories.map(({id, title}) => ({id, title})),
      rows: skillEvidence(site.skills, evidence, today),
    },
    changes: [...(site.roadmap.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
    links,
    cards: review.cards,
    cardDecks: [...review.decks.values()],
  };
}

/** An entry of a kind without a summary of its own, as /roadmap.json would list it: its fields and page. */
export function entrySummary(
  located: Located<Record<string, unknown>>,
  pageOf: PageLookup,
): EntrySummary<Record<string, unknown>> {
  const {permalink, title} = pageOf(located.file);
  return {
    ...located.entry,
    slug: located.slug,
    title,
    permalink,
    skills: (located.entry.skills as string[] | undefined) ?? [],
  };
}

/**
 * A collection's listed entries as /roadmap.json holds them (its entry fields
 * and page), by the collection's plural; none for a collection it does not
 * list (notes, or one added to the registry alone).
 */
export function modelList<Item>(model: RoadmapModel, plural: string): readonly Item[] {
  const list = (model as unknown as Record<string, unknown>)[plural];
  return Array.isArray(list) ? (list as Item[]) : [];
}
