import {existsSync, readFileSync} from 'node:fs';
import {readdir, readFile, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {markForIndex, NOT_INDEXED} from './markForIndex';
import type {SearchablePage} from './searchablePages';

/** Where the index goes in the build; the client (client/useSearchResults.ts) loads /pagefind/pagefind.js. */
const PAGEFIND_FOLDER = 'pagefind';

export interface IndexSummary {
  pages: number;
  seconds: number;
}

/**
 * Pagefind is an ES module whose exports have no `require` entry. Docusaurus
 * loads plugins through jiti, which turns `import()` into `require()` and runs
 * code where a real `import()` cannot. Node's own require loads an ES module
 * by its path (Node 20.19 and later), so the entry is looked up by hand, from
 * the package's own `exports`.
 */
function importPagefind(): typeof import('pagefind') {
  const nodeRequire = createRequire(__filename);
  for (const folder of nodeRequire.resolve.paths('pagefind') ?? []) {
    const manifest = path.join(folder, 'pagefind', 'package.json');
    if (!existsSync(manifest)) continue;
    const {exports} = JSON.parse(readFileSync(manifest, 'utf8')) as {exports: {'.': {import: string}}};
    return nodeRequire(path.join(folder, 'pagefind', exports['.'].import)) as typeof import('pagefind');
  }
  throw new Error('search: the pagefind package is not installed (run `make install`)');
}

/** Pagefind's own search UIs, written beside the index; the site has its own (theme/SearchBar). */
const PAGEFIND_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

async function removeUnusedUi(folder: string): Promise<void> {
  for (const file of await readdir(folder)) if (PAGEFIND_UI.test(file)) await rm(path.join(folder, file));
}

/** `/papers/bert` → `papers/bert/index.html` or `papers/bert.html`, whichever the build wrote. */
async function readBuiltPage(
  outDir: string,
  permalink: string,
  baseUrl: string,
): Promise<{file: string; html: string}> {
  const route = permalink.slice(baseUrl.length).replace(/\/$/, '');
  const candidates = route === '' ? ['index.html'] : [`${route}/index.html`, `${route}.html`];
  for (const candidate of candidates) {
    try {
      return {file: candidate, html: await readFile(path.join(outDir, candidate), 'utf8')};
    } catch {
      // Try the other layout (trailingSlash decides which one the build wrote).
    }
  }
  throw new Error(`search: the build has no page for ${permalink} (looked for ${candidates.join(', ')} in ${outDir})`);
}

/**
 * Writes Pagefind's chunked index of the listed notes, papers and posts into
 * `<outDir>/pagefind/`. Only these pages are read: the generated pages
 * (/progress, /papers…) are views of the same notes.
 */
export async function writePagefindIndex(
  outDir: string,
  pages: readonly SearchablePage[],
  baseUrl: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<IndexSummary> {
  const started = performance.now();
  const pagefind = importPagefind();
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'en', excludeSelectors: [...NOT_INDEXED]});
  if (!index) throw new Error(`search: Pagefind could not start: ${errors.join('; ')}`);
  try {
    let done = 0;
    for (const page of pages) {
      const {file, html} = await readBuiltPage(outDir, page.permalink, baseUrl);
      const added = await index.addHTMLFile({url: page.permalink, content: markForIndex(html, page, file)});
      if (added.errors.length > 0)
        throw new Error(`search: Pagefind could not index ${file}: ${added.errors.join('; ')}`);
      done += 1;
      if (done % 500 === 0 || done === pages.length) onProgress(done, pages.length);
    }
    const written = await index.writeFiles({outputPath: path.join(outDir, PAGEFIND_FOLDER)});
    if (written.errors.length > 0)
      throw new Error(`search: Pagefind could not write its index: ${written.errors.join('; ')}`);
    await removeUnusedUi(path.join(outDir, PAGEFIND_FOLDER));
  } finally {
    await pagefind.close();
  }
  return {pages: pages.length, seconds: (performance.now() - started) / 1000};
}
