import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Problem} from '../site/problem';

/** Where the allow-list lives, for messages. */
export const TRUSTED_CONTENT_FILE = 'trustedContent.ts';

/** The way out every content-safety message offers. */
export const OR_TRUSTED = `or the file listed in ${TRUSTED_CONTENT_FILE}`;

/** Whether the allow-list names the file, or a folder (`docs/demos/`) above it. */
export function isTrusted(file: string, trusted: readonly string[]): boolean {
  return trusted.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
}

/**
 * The site's allow-list of content files that may run code, and of published
 * files that are documents (an SVG in static/, see safeContent/activeStaticFiles.ts):
 * trustedContent.ts at the site root. `npm run check` imports that small
 * module instead of docusaurus.config.ts, which would load the whole preset.
 * No module: nothing is trusted.
 */
export async function readTrustedContent(
  siteDir: string,
  /** Every file an entry may name: content files and published files. */
  contentFiles: ReadonlySet<string>,
): Promise<{trusted: string[]; problems: Problem[]}> {
  const file = path.join(siteDir, TRUSTED_CONTENT_FILE);
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {trusted: [], problems: []};
    throw error;
  }
  const exported: unknown = ((await import(pathToFileURL(file).href)) as {trustedContent?: unknown}).trustedContent;
  const lineOf = (needle: string) => {
    const at = source.indexOf(needle);
    return at === -1 ? undefined : source.slice(0, at).split('\n').length;
  };
  if (!Array.isArray(exported) || !exported.every((entry): entry is string => typeof entry === 'string')) {
    const got = exported === undefined ? 'no export named trustedContent' : JSON.stringify(exported);
    return {
      trusted: [],
      problems: [
        {
          file: TRUSTED_CONTENT_FILE,
          line: lineOf('trustedContent'),
          field: 'trustedContent',
          message: `wrong type (expected an exported list of paths, e.g. export const trustedContent = ['docs/demo.mdx'], got ${got})`,
        },
      ],
    };
  }
  // An entry that names nothing is stale, or a typo that trusts nothing.
  // A file outside those folders may be trusted too: one a note links (safeContent/linkedDocuments.ts).
  const problems = exported.flatMap((entry, index): Problem[] =>
    [...contentFiles].some((file) => isTrusted(file, [entry])) || existsSync(path.join(siteDir, entry))
      ? []
      : [
          {
            file: TRUSTED_CONTENT_FILE,
            line: lineOf(JSON.stringify(entry).slice(1, -1)),
            field: `trustedContent[${index}]`,
            message: `no such content file or folder (expected a path in docs/, papers/, blog/, src/pages/ or static/ such as "docs/demo.mdx", "static/img/logo.svg" or "docs/demos/", got ${JSON.stringify(entry)})`,
          },
        ],
  );
  return {trusted: exported, problems};
}
