import {readFile} from 'node:fs/promises';
import {filesBelow} from '../source/filesBelow';
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
  const files = (await filesBelow(siteDir, PAGES_FOLDER)).filter(
    (file) => /\.mdx?$/.test(file) && !file.split('/').some((part) => part.startsWith('_')),
  );
  const texts = await Promise.all(files.map((file) => readFile(path.join(siteDir, file), 'utf8')));
  return new Map(files.map((file, i) => [file, texts[i]!]));
}
