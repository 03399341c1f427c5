import path from 'node:path';
import {parseMarkdownContentTitle} from '@docusaurus/utils';
import {placementOf} from '../schema/collectionOf';
import type {PageLookup} from '../site/pages';
import {NOTE_FILE} from '../site/siteLayout';
import type {RenderedMarkdown} from '../source/notebookNote';
import type {ContentFile} from '../site/sources';
import {bodyStart, noteBodyOf} from '../source/noteLinks';
import {pageRoutes} from './pageRoutes';
import {linkTargetsOf, resolveSiteLinks, type LinkedFile, type SiteLinks} from './siteLinks';

/**
 * A page's title as Docusaurus will give it, without a build: `title`, else
 * the body's leading `# Heading`, else the file's name.
 */
function titleOf(file: ContentFile, body: string): string {
  if (typeof file.frontMatter.title === 'string') return file.frontMatter.title;
  const {contentTitle} = parseMarkdownContentTitle(body.trimStart().slice(0, 500));
  return contentTitle ?? path.posix.basename(file.file).replace(NOTE_FILE, '');
}

/**
 * What `npm run check` resolves the links of: every placed file, from the
 * Markdown it renders (a notebook's links are those of its cells, each at its
 * cell's line).
 */
export function checkedLinkFiles(
  files: readonly ContentFile[],
  markdownOf: (file: string) => RenderedMarkdown,
): LinkedFile[] {
  const routes = pageRoutes(files);
  return files.flatMap((file): LinkedFile[] => {
    const placement = placementOf(file.file);
    const route = routes.get(file.file);
    if (!placement || route === undefined) return [];
    const scanned = markdownOf(file.file);
    const body = noteBodyOf(scanned);
    const {frontMatter} = file;
    return [
      {
        file: file.file,
        kind: placement.collection,
        slug: placement.slug,
        frontMatter,
        title: titleOf(file, scanned.text.slice(bodyStart(scanned.text))),
        route,
        permalink: route,
        state: frontMatter.draft === true ? 'draft' : frontMatter.unlisted === true ? 'unlisted' : 'listed',
        body,
      },
    ];
  });
}

/** Every wikilink, citation, internal Markdown link and `related:` entry of the site, resolved without a build. */
export function checkLinks(
  files: readonly ContentFile[],
  markdownOf: (file: string) => RenderedMarkdown,
): SiteLinks & {files: LinkedFile[]} {
  const linked = checkedLinkFiles(files, markdownOf);
  const lineOf = new Map(files.map((f) => [f.file, f.lineOf]));
  return {...resolveSiteLinks(linked, linkTargetsOf(linked), (file) => lineOf.get(file)), files: linked};
}

/**
 * What the build resolves the links of: every page the content plugins loaded,
 * with the address and title Docusaurus gave it (`route` without the base URL,
 * as authors write links). A draft loaded by the dev server counts as unlisted;
 * a production build has none, and a link to one is unknown.
 */
export function builtLinkFiles(
  files: readonly ContentFile[],
  pageOf: PageLookup,
  baseUrl: string,
  markdownOf: (file: string) => RenderedMarkdown,
): LinkedFile[] {
  return files.flatMap((file): LinkedFile[] => {
    const placement = placementOf(file.file);
    if (!placement) return [];
    const page = pageOf(file.file);
    const route = page.permalink.startsWith(baseUrl) ? `/${page.permalink.slice(baseUrl.length)}` : page.permalink;
    return [
      {
        file: file.file,
        kind: placement.collection,
        slug: placement.slug,
        frontMatter: file.frontMatter,
        title: page.title,
        route,
        permalink: page.permalink,
        state: page.listed === false ? 'unlisted' : 'listed',
        body: noteBodyOf(markdownOf(file.file)),
      },
    ];
  });
}
