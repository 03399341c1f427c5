import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';

/** What a reader can narrow a search to. */
export const SEARCH_KINDS = ['note', 'paper', 'post'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A page of the built site that goes into the search index, with what the index keeps beside its text. */
export interface SearchablePage {
  permalink: string;
  kind: SearchKind;
  /** Where the page lives, as a result shows it: "Papers", "Courses › Deep Learning", "Writing". */
  section: string;
  /** Tag labels: searchable text and a filter. */
  tags: string[];
  /** A paper's publication year: a filter. */
  year?: number;
}

/** The part of Docusaurus's `allContent` that search reads. */
export interface SearchableContent {
  'docusaurus-plugin-content-docs'?: Record<string, DocsContent | undefined>;
  'docusaurus-plugin-content-blog'?: Record<string, BlogContent | undefined>;
}

/** The docs instance that holds the paper notes (docusaurus.config.ts). */
const PAPERS_INSTANCE = 'papers';

/** Top folders of docs/ as a reader names them; any other folder is "Notes". */
const SECTION_OF_FOLDER: Record<string, string> = {
  courses: 'Courses',
  projects: 'Projects',
  benchmarks: 'Benchmarks',
  talks: 'Talks',
};

/** `@site/docs/courses/ng-ml-spec/index.md` → `['courses', 'ng-ml-spec', 'index.md']`. */
function pathParts(source: string): string[] {
  return source.replace(/^@site\/[^/]+\//, '').split('/');
}

/**
 * Every listed note, paper and post: unlisted pages stay out of search as they
 * stay out of every list, and a production build never loads a draft.
 */
export function searchablePages(allContent: SearchableContent): SearchablePage[] {
  const pages: SearchablePage[] = [];
  for (const [instance, docs] of Object.entries(allContent['docusaurus-plugin-content-docs'] ?? {})) {
    for (const version of docs?.loadedVersions ?? []) {
      // A course's title names the section of its module notes.
      const courseTitle = new Map<string, string>();
      for (const doc of version.docs) {
        const [top, folder, file] = pathParts(doc.source);
        if (top === 'courses' && folder && file?.startsWith('index.')) courseTitle.set(folder, doc.title);
      }
      for (const doc of version.docs) {
        if (doc.unlisted || doc.draft) continue;
        const tags = doc.tags.map((tag) => tag.label);
        if (instance === PAPERS_INSTANCE) {
          const year = doc.frontMatter.year;
          pages.push({
            permalink: doc.permalink,
            kind: 'paper',
            section: 'Papers',
            tags,
            ...(typeof year === 'number' ? {year} : {}),
          });
          continue;
        }
        const [top = '', folder = '', file] = pathParts(doc.source);
        const section = SECTION_OF_FOLDER[top] ?? 'Notes';
        // A module note shows its course; the course page itself does not repeat its own title.
        const course = top === 'courses' && file && !file.startsWith('index.') ? courseTitle.get(folder) : undefined;
        pages.push({
          permalink: doc.permalink,
          kind: 'note',
          section: course ? `${section} › ${course}` : section,
          tags,
        });
      }
    }
  }
  for (const blog of Object.values(allContent['docusaurus-plugin-content-blog'] ?? {})) {
    for (const {metadata} of blog?.blogPosts ?? []) {
      if (metadata.unlisted || metadata.frontMatter.draft === true) continue;
      pages.push({
        permalink: metadata.permalink,
        kind: 'post',
        section: 'Writing',
        tags: metadata.tags.map((tag) => tag.label),
      });
    }
  }
  return pages;
}
