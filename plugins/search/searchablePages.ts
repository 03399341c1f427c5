import type {AnyCollection} from '../roadmap/schema/collection';
import {allCollections, collectionNamed} from '../roadmap/schema/collections';
import {placementOf} from '../roadmap/schema/collectionOf';
import type {SearchKind} from '../roadmap/site/searchKinds';
import {loadedPages, type LoadedSiteContent} from '../roadmap/source/loadedContent';

/** A page of the built site that goes into the search index, with what the index keeps beside its text. */
export interface SearchablePage {
  permalink: string;
  kind: SearchKind;
  /**
   * The model's title (front matter, else the first heading): a result is
   * named by it, not by whatever <h1> the page shows; searchable, never the excerpt.
   */
  title: string;
  /** Where the page lives, as a result shows it: "Papers", "Courses › Deep Learning", "Writing". */
  section: string;
  /** Tag labels: searchable text and a filter. */
  tags: string[];
  /** A paper's publication year: a filter. */
  year?: number;
}

/** The part of Docusaurus's `allContent` that search reads: the roadmap's. */
export type SearchableContent = LoadedSiteContent;

/** A collection's folder: its first file pattern up to the first `<slug>` or `**` (`docs/courses`). */
function folderOf(collection: AnyCollection): string[] | undefined {
  const pattern = collection.files.patterns?.[0]?.split('/');
  const end = pattern?.findIndex((segment) => segment === '<slug>' || segment.startsWith('**'));
  return pattern && end !== undefined && end > 0 ? pattern.slice(0, end) : undefined;
}

/**
 * The collection whose folder a page lies in, and the slug of the entry below
 * it (a module note of a course): a note in `docs/courses/` is searched as
 * part of the curriculum. Undefined for a page in no collection's folder.
 */
function folderCollection(file: string): {collection: AnyCollection; entrySlug: string | undefined} | undefined {
  const parts = file.split('/');
  for (const collection of allCollections()) {
    const folder = folderOf(collection);
    if (folder && folder.every((segment, i) => parts[i] === segment) && parts.length > folder.length) {
      const below = parts.slice(folder.length);
      // A file directly in the folder (its index page) belongs to no entry.
      return {collection, entrySlug: below.length > 1 ? below[0] : undefined};
    }
  }
  return undefined;
}

/**
 * Every listed note, paper and post: unlisted pages stay out of search as they
 * stay out of every list, and a production build never loads a draft. Each
 * page is searched as its collection's `search` says (registry).
 */
export function searchablePages(allContent: SearchableContent): SearchablePage[] {
  const pages = loadedPages(allContent).flatMap((page) => {
    const placement = placementOf(page.file);
    return placement ? [{...page, placement}] : [];
  });
  // An entry's title names the section of the notes below it (a course's modules).
  const entryTitle = new Map(pages.map(({placement, title}) => [`${placement.collection}:${placement.slug}`, title]));
  return pages.flatMap(({placement, ...page}): SearchablePage[] => {
    if (!page.listed) return [];
    const placed = collectionNamed(placement.collection);
    const home = placed.files.patterns === undefined ? folderCollection(page.file) : undefined;
    const {search} = (home?.collection ?? placed) as AnyCollection;
    const entry =
      home?.entrySlug !== undefined && search.moduleNotesNameTheirEntry
        ? entryTitle.get(`${home.collection.name}:${home.entrySlug}`)
        : undefined;
    const year = page.frontMatter.year;
    return [
      {
        permalink: page.permalink,
        kind: search.kind,
        title: page.title,
        section: entry ? `${search.section} › ${entry}` : search.section,
        tags: page.tags,
        ...(search.yearFilter && typeof year === 'number' ? {year} : {}),
      },
    ];
  });
}
