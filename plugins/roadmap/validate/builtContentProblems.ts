import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {sortProblems, type Problem} from '../site/problem';
import {BLOG_AUTHORS_FILE} from '../site/siteLayout';
import type {ContentFile} from '../site/sources';
import {activeFileProblems} from '../safeContent/activeStaticFiles';
import {mdxFileProblem} from '../safeContent/mdxContent';
import {blogAuthorLinkProblems} from './blogAuthorLinks';

/**
 * What `npm run check` refuses beside the schema (checkSite), for the build:
 * the same rules on the front matter Docusaurus loaded and on the files it
 * publishes as they are, in check's words and at check's lines, before any
 * page is bundled. The bodies of `.md` files are the sanitizer's, in the
 * render pipeline itself.
 */
export async function builtContentProblems(
  siteDir: string,
  files: readonly ContentFile[],
  trusted: readonly string[],
): Promise<Problem[]> {
  const authors = await readFile(path.join(siteDir, BLOG_AUTHORS_FILE), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  return sortProblems([
    ...files.flatMap((file) => mdxFileProblem(file, trusted) ?? []),
    ...(await activeFileProblems(siteDir, trusted)),
    ...blogAuthorLinkProblems(authors),
  ]);
}
