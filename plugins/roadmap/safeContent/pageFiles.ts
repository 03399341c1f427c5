import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';

/** Where Docusaurus's pages plugin finds pages; its Markdown pages are content like any note. */
export const PAGES_FOLDER = 'src/pages';

/**
 * Every Markdown page (`.md`, `.mdx`) under src/pages, as written: relative
 * path → text. The roadmap's model does not read them, but a pull request can
 * add one, and the build renders it with the same pipeline as a note.
 * Docusaurus skips files and folders starting with `_`, as this does.
 */
export async function readPageTexts(siteDir: string): Promise<Map<string, string>> {
  const entries = await readdir(path.join(siteDir, PAGES_FOLDER), {recursive: true, withFileTypes: true}).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const files = entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('_')))
    .sort();
  const texts = await Promise.all(files.map((file) => readFile(path.join(siteDir, file), 'utf8')));
  return new Map(files.map((file, i) => [file, texts[i]!]));
}
