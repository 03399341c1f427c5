import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import type {PaperRow} from '../../roadmap/model/paperLog';
import {readBuiltPage} from './builtPage';
import {pageRecords, paperRecord, type AlgoliaRecord} from './records';

export interface SiteRecords {
  records: AlgoliaRecord[];
  pages: number;
  papers: number;
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The records of a built site: DocSearch records for every listed note, paper
 * and post, and one record per paper of the log (from the build's
 * /papers.json), at the origin the pages name as canonical.
 */
export async function siteRecords(buildDir: string): Promise<SiteRecords> {
  let papersJson: string;
  try {
    papersJson = await readFile(path.join(buildDir, 'papers.json'), 'utf8');
  } catch {
    throw new Error(
      `search:algolia: ${path.join(buildDir, 'papers.json')} is missing (expected a built site: run \`npm run build\` first)`,
    );
  }
  const records: AlgoliaRecord[] = [];
  let pages = 0;
  let origin: string | undefined;
  for (const file of await htmlFiles(buildDir)) {
    const page = readBuiltPage(await readFile(file, 'utf8'));
    if (!page) continue;
    pages += 1;
    origin ??= new URL(page.url).origin;
    records.push(...pageRecords(page));
  }
  const rows = JSON.parse(papersJson) as PaperRow[];
  if (rows.length > 0 && origin === undefined) {
    throw new Error(`search:algolia: no note, paper or post page found in ${buildDir} (expected a built site)`);
  }
  for (const row of rows) records.push(paperRecord(row, origin ?? ''));
  return {records, pages, papers: rows.length};
}
