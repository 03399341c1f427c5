import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {sitePath} from '../site/sitePath';

/** Every file below `folder` (none if it does not exist), relative to `siteDir` with `/`, in a stable order. */
export async function filesBelow(siteDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(siteDir, folder), {recursive: true, withFileTypes: true}).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => sitePath(siteDir, path.join(entry.parentPath, entry.name)))
    .sort();
}
