import path from 'node:path';
import {filesBelow} from '../source/filesBelow';
import {isTrusted, TRUSTED_CONTENT_FILE} from '../source/trustedContent';
import type {Problem} from '../site/problem';
import {documentKindOf} from './documentTypes';

/**
 * Files Docusaurus publishes as they are: everything in static/, and the
 * assets beside the notes and Markdown pages (a file a note links to is
 * copied too). The sanitizer never sees them, yet opened from the site's own
 * address an HTML, SVG or XML file runs its scripts on the site's origin.
 * Reading such a file for scripts cannot work (entities, namespaces, XSLT,
 * encodings: the browser always finds one the scan does not), so every file
 * of those types is refused by its name alone, unless trustedContent.ts lists
 * it after review. check and the build both call this.
 */
export const PUBLISHED_AS_IS = ['static', 'docs', 'papers', 'blog', 'src/pages'] as const;

/** Every file of the folders published as they are, relative to the site. */
export async function publishedFiles(siteDir: string): Promise<string[]> {
  return (await Promise.all(PUBLISHED_AS_IS.map((folder) => filesBelow(siteDir, folder)))).flat();
}

/** The problem of one published file: a document type that can run script, not listed as trusted. */
export function activeFileProblem(file: string, trusted: readonly string[]): Problem | undefined {
  const kind = documentKindOf(file);
  if (kind === undefined || isTrusted(file, trusted)) return undefined;
  return {
    file,
    line: 1,
    field: 'file',
    message: `${kind} file is served as a document and can run script on the site's origin (expected a picture as PNG/JPEG/WebP, or the file listed in ${TRUSTED_CONTENT_FILE} after review, got ${path.posix.basename(file)})`,
  };
}

/** Every published file that could run script on the site, in file order. */
export async function activeFileProblems(siteDir: string, trusted: readonly string[]): Promise<Problem[]> {
  return (await publishedFiles(siteDir)).flatMap((file) => activeFileProblem(file, trusted) ?? []);
}
