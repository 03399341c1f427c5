import {readdir} from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir` whose name ends with one of `extensions`, relative to `dir`. */
export async function builtFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}
