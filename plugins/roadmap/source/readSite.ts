import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Problem} from '../site/problem';
import {CHECKED_DATA_FILES, CONTENT_FOLDERS, isContentFile, ROADMAP_FILE, SKILLS_FILE} from '../site/siteLayout';
import type {ContentFile, SiteSources} from '../site/sources';
import {blogKeysIn} from './blogKeys';
import {parseDataFile, syntaxProblem} from './dataFile';
import {filesBelow} from './filesBelow';
import {readNote} from './frontMatter';
import {isNotebook} from './notebookNote';

/** Every Markdown file below `folder`, relative to `siteDir`, in a stable order. */
async function markdownFiles(siteDir: string, folder: string): Promise<string[]> {
  return (await filesBelow(siteDir, folder)).filter(isContentFile);
}

/** A file's text, or undefined where it does not exist. */
export async function readIfPresent(siteDir: string, file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(siteDir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The texts of many files, at most 256 open at a time: opening every note at
 * once runs out of file handles (EMFILE) at a log of 20,000-odd notes, the
 * size an import of a large reference library makes.
 */
async function readInBatches(files: readonly string[]): Promise<string[]> {
  const texts: string[] = new Array<string>(files.length);
  let next = 0;
  const reader = async () => {
    for (let i = next++; i < files.length; i = next++) texts[i] = await readFile(files[i]!, 'utf8');
  };
  await Promise.all(Array.from({length: Math.min(256, files.length)}, reader));
  return texts;
}

/**
 * Every file `npm run check` reads, as written (relative path → text): the
 * Markdown of the content folders, and the data and blog key files that exist.
 * The only part of the check that touches the disk.
 */
export async function readSiteTexts(siteDir: string): Promise<Map<string, string>> {
  const names = (await Promise.all(CONTENT_FOLDERS.map((folder) => markdownFiles(siteDir, folder)))).flat();
  const data = await Promise.all(CHECKED_DATA_FILES.map((file) => readIfPresent(siteDir, file)));
  const texts = await readInBatches(names.map((file) => path.join(siteDir, file)));
  return new Map([
    ...CHECKED_DATA_FILES.flatMap((file, i) => (data[i] === undefined ? [] : [[file, data[i]] as const])),
    ...names.map((file, i) => [file, texts[i]!] as const),
  ]);
}

/**
 * The texts of `files` (relative to `siteDir`), and of those of `ifPresent`
 * that exist: relative path → text. The build reads the notes Docusaurus
 * loaded this way, once, before its pure part (build/siteBuild.ts).
 */
export async function readTexts(
  siteDir: string,
  files: readonly string[],
  ifPresent: readonly string[] = [],
): Promise<Map<string, string>> {
  const [texts, optional] = await Promise.all([
    readInBatches(files.map((file) => path.join(siteDir, file))),
    Promise.all(ifPresent.map((file) => readIfPresent(siteDir, file))),
  ]);
  return new Map([
    ...ifPresent.flatMap((file, i) => (optional[i] === undefined ? [] : [[file, optional[i]] as const])),
    ...files.map((file, i) => [file, texts[i]!] as const),
  ]);
}

/**
 * Pure: what `npm run check` validates, parsed from the files' texts (as
 * `readSiteTexts` or git gives them): the data files and every Markdown
 * file's front matter, with line numbers. YAML that does not parse is a
 * problem of its file; the other files are still read. `texts` holds every
 * file as written, for the checks that read the body and for comparisons.
 */
export function parseSite(siteTexts: ReadonlyMap<string, string>): {
  sources: SiteSources;
  problems: Problem[];
  texts: Map<string, string>;
} {
  const roadmap = parseDataFile(ROADMAP_FILE, siteTexts.get(ROADMAP_FILE));
  const skills = parseDataFile(SKILLS_FILE, siteTexts.get(SKILLS_FILE));
  const blog = blogKeysIn(siteTexts);
  const problems = [...roadmap.problems, ...skills.problems, ...blog.problems];
  const texts = new Map(siteTexts);
  const files: ContentFile[] = [];
  const unreadableFiles: string[] = [];
  for (const [file, text] of texts) {
    if (!isContentFile(file)) continue;
    try {
      const {frontMatter, lineOf, cutByComment, markedTodo} = readNote(file, text);
      files.push({file, frontMatter, lineOf, cutByComment, markedTodo});
    } catch (error) {
      problems.push(syntaxProblem(file, error, isNotebook(file) ? 'notebook' : 'front matter'));
      unreadableFiles.push(file);
    }
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  return {
    sources: {roadmap: roadmap.data, skills: skills.data, files, unreadableFiles, blogKeys: blog.keys},
    problems,
    texts,
  };
}
