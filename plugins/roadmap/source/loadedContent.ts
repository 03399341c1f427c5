import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {PageInfo} from '../model/roadmapModel';
import type {ContentFile} from '../validate/validateSite';

/** The part of Docusaurus's `allContent` this plugin reads. */
export interface LoadedSiteContent {
  'docusaurus-plugin-content-docs'?: Record<string, DocsContent | undefined>;
  'docusaurus-plugin-content-blog'?: Record<string, BlogContent | undefined>;
}

export interface CollectedContent {
  files: ContentFile[];
  pages: Map<string, PageInfo>;
}

/** `@site/docs/a.md` → `docs/a.md`. */
function siteRelative(source: string): string {
  return source.replace(/^@site\//, '');
}

/**
 * The front matter the docs, papers and blog plugins already parsed (with our
 * `parseFrontMatter`), with each page's permalink and title: no file is read
 * twice. Every loaded page is validated, as `npm run check` validates every
 * file; unlisted and draft pages are then kept out of the lists.
 */
export function collectLoadedContent(allContent: LoadedSiteContent): CollectedContent {
  const files: ContentFile[] = [];
  const pages = new Map<string, PageInfo>();
  for (const docs of Object.values(allContent['docusaurus-plugin-content-docs'] ?? {})) {
    for (const version of docs?.loadedVersions ?? []) {
      for (const doc of version.docs) {
        const file = siteRelative(doc.source);
        files.push({file, frontMatter: doc.frontMatter as Record<string, unknown>});
        pages.set(file, {
          permalink: doc.permalink,
          title: doc.title,
          listed: !doc.unlisted && !doc.draft && doc.frontMatter.draft !== true,
          ...(doc.sidebarPosition === undefined ? {} : {position: doc.sidebarPosition}),
        });
      }
    }
  }
  for (const blog of Object.values(allContent['docusaurus-plugin-content-blog'] ?? {})) {
    for (const {metadata} of blog?.blogPosts ?? []) {
      const file = siteRelative(metadata.source);
      files.push({file, frontMatter: metadata.frontMatter as Record<string, unknown>});
      pages.set(file, {
        permalink: metadata.permalink,
        title: metadata.title,
        listed: !metadata.unlisted && metadata.frontMatter.draft !== true,
        date: new Date(metadata.date).toISOString().slice(0, 10),
      });
    }
  }
  return {files, pages};
}
