import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSize} from './servedSize';

/** A search index as it sits in the build output. */
export interface IndexFiles {
  files: number;
  bytes: number;
  /** Summed file by file: what a gzipping host would send if a reader fetched all of it. */
  gzipBytes: number;
  largestBytes: number;
}

async function measure(files: readonly string[]): Promise<IndexFiles> {
  const sizes = await Promise.all(
    files.map(async (file) => {
      const body = await readFile(file);
      return {bytes: body.byteLength, gzipBytes: gzipSize(file, body)};
    }),
  );
  return {
    files: files.length,
    bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
    gzipBytes: sizes.reduce((sum, size) => sum + size.gzipBytes, 0),
    largestBytes: Math.max(0, ...sizes.map((size) => size.bytes)),
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
