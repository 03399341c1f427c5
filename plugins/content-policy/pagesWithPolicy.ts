import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {withPolicy, type PolicyOptions} from './contentSecurityPolicy';

/** Folders of the build that hold no pages of Docusaurus's (bundles, the search index). */
const NOT_PAGES = new Set(['assets', 'pagefind']);

/**
 * Writes the policy into every page of a build. Each file is replaced whole
 * (written beside it, then renamed), so the search plugin's postBuild, which
 * reads the same pages at the same time, sees one version or the other.
 * Returns how many pages got one.
 */
export async function addPolicyToPages(outDir: string, options: PolicyOptions): Promise<number> {
  let pages = 0;
  for (const entry of await readdir(outDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (NOT_PAGES.has(path.relative(outDir, file).split(path.sep)[0] ?? '')) continue;
    const html = withPolicy(await readFile(file, 'utf8'), options);
    if (html === undefined) continue;
    await writeFile(`${file}.policy`, html);
    await rename(`${file}.policy`, file);
    pages += 1;
  }
  return pages;
}
