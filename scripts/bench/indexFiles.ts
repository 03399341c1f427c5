import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';

/** A search index as it sits in the build output. */
export interface IndexFiles {
  files: number;
  bytes: number;
  largestBytes: number;
}

async function measure(files: readonly string[]): Promise<IndexFiles> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return {
    files: files.length,
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    largestBytes: Math.max(0, ...sizes),
  };
}

/** Everything under `build/pagefind/`: code, wasm, metadata, index chunks, filters, fragments. */
export async function pagefindFiles(outDir: string): Promise<IndexFiles> {
  const folder = path.join(outDir, 'pagefind');
  const entries = await readdir(folder, {recursive: true, withFileTypes: true});
  return measure(entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)));
}

/** The lunr plugin's `search-index*.json` at the root of the build (one per search context; here one). */
export async function lunrFiles(outDir: string): Promise<IndexFiles> {
  const names = (await readdir(outDir)).filter((name) => /^search-index.*\.json$/.test(name));
  if (names.length === 0) throw new Error(`no search-index*.json in ${outDir}: did the lunr plugin run?`);
  return measure(names.map((name) => path.join(outDir, name)));
}
