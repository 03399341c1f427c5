import {statSync} from 'node:fs';
import path from 'node:path';
import type {Problem} from '../site/problem';
import {isTrusted, TRUSTED_CONTENT_FILE} from '../source/trustedContent';
import {PUBLISHED_AS_IS} from './activeStaticFiles';
import {documentKindOf} from './documentTypes';

/**
 * mdx-loader publishes any existing file a Markdown link or image names by a
 * relative path or `@site/`, wherever it is (`../../data/x.xml` becomes
 * /assets/files/x-<hash>.xml). A document of the folders published as they
 * are is refused as a file already (activeStaticFiles.ts); this refuses the
 * link to one anywhere else, at the link's line. An absolute path is looked
 * up in static/ only, so it is covered there.
 */
export function linkedDocumentProblems(
  from: string,
  links: readonly {url: string; line: number}[],
  trusted: readonly string[],
  isFile: (file: string) => boolean,
): Problem[] {
  return links.flatMap(({url, line}): Problem[] => {
    const file = linkedFile(from, url);
    if (file === undefined || PUBLISHED_AS_IS.some((folder) => file.startsWith(`${folder}/`))) return [];
    const kind = documentKindOf(file);
    if (kind === undefined || isTrusted(file, trusted) || !isFile(file)) return [];
    return [
      {
        file: from,
        line,
        field: 'link',
        message: `${kind} file, which the build publishes as a document that can run script on the site's origin (expected a picture as PNG/JPEG/WebP, or ${file} listed in ${TRUSTED_CONTENT_FILE} after review, got ${JSON.stringify(url)})`,
      },
    ];
  });
}

/** The site file a local link names, as mdx-loader finds it; undefined for an address or another host. */
function linkedFile(from: string, url: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/|^#/i.test(url)) return undefined;
  const pathPart = url.split(/[?#]/, 1)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  return decoded.startsWith('@site/')
    ? path.posix.normalize(decoded.slice('@site/'.length))
    : path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded));
}

/** Whether a site-relative path is a file (mdx-loader publishes only a file that exists). */
export function isFileIn(siteDir: string): (file: string) => boolean {
  return (file) => statSync(path.join(siteDir, file), {throwIfNoEntry: false})?.isFile() ?? false;
}
