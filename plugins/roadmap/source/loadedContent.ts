import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {PageInfo} from '../site/pages';
import type {ContentFile} from '../site/sources';
import {isListed} from './listed';

/** The part of Docusaurus's `allContent` the roadmap and search plugins read. */
export interface LoadedSiteContent {
  'docusaurus-plugin-content-docs'?: Record<string, DocsContent | undefined>;
  'docusaurus-plugin-content-blog'?: Record<string, BlogContent | undefined>;
}

/** One page the docs, papers or blog plugin loaded, as the other plugins need it. */
export interface LoadedPage extends ContentFile, PageInfo {
  /** Its tags' labels. */
  tags: string[];
  listed: boolean;
}

/** `@site/docs/a.md` → `docs/a.md`. */
function siteRelative(source: string): string {
  return source.replace(/^@site\//, '');
}

/**
 * Every page the docs, papers and blog plugins loaded, with the front matter
 * they already parsed (with our `parseFrontMatter`): no file is read twice.
 * The one walker over Docusaurus's loaded content.
 */
export function loadedPages(allContent: LoadedSiteContent): LoadedPage[] {
  const pages: LoadedPage[] = [];
  for (const docs of Object.values(allContent['docusaurus-plugin-content-docs'] ?? {})) {
    for (const version of docs?.loadedVersions ?? []) {
      for (const doc of version.docs) {
        const frontMatter = doc.frontMatter as Record<string, unknown>;
        pages.push({
          file: siteRelative(doc.source),
          frontMatter,
          permalink: doc.permalink,
          title: doc.title,
          listed: isListed({unlisted: doc.unlisted, draft: doc.draft, frontMatter}),
          tags: doc.tags.map((tag) => tag.label),
          ...(doc.sidebarPosition === undefined ? {} : {position: doc.sidebarPosition}),
        });
      }
    }
  }
  for (const blog of Object.values(allContent['docusaurus-plugin-content-blog'] ?? {})) {
    for (const {metadata} of blog?.blogPosts ?? []) {
      const frontMatter = metadata.frontMatter as Record<string, unknown>;
      const date = new Date(metadata.date);
      pages.push({
        file: siteRelative(metadata.source),
        frontMatter,
        permalink: metadata.permalink,
        title: metadata.title,
        listed: isListed({unlisted: metadata.unlisted, frontMatter}),
        tags: metadata.tags.map((tag) => tag.label),
        // No date rather than a RangeError for a time Date cannot hold; check names the field.
        ...(Number.isNaN(date.getTime()) ? {} : {date: date.toISOString().slice(0, 10)}),
      });
    }
  }
  return pages;
}

export interface CollectedContent {
  files: ContentFile[];
  pages: Map<string, PageInfo>;
}

/**
 * What the roadmap validates and models: every loaded page (unlisted and
 * draft ones are validated too, as `npm run check` validates every file, and
 * kept out of the lists by `listed`).
 */
export function collectLoadedContent(allContent: LoadedSiteContent): CollectedContent {
  const files: ContentFile[] = [];
  const pages = new Map<string, PageInfo>();
  for (const {file, frontMatter, tags: _tags, ...info} of loadedPages(allContent)) {
    files.push({file, frontMatter});
    pages.set(file, info);
  }
  return {files, pages};
}
