import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import type {Problem} from '../site/problem';
import type {ContentFile, DataFile, SiteSources} from '../site/sources';
import {readBlogKeys} from './blogKeys';
import {readMarkdown} from './frontMatter';
import {CONTENT_FOLDERS, isContentFile, ROADMAP_FILE, SKILLS_FILE} from '../site/siteLayout';
import {parseYaml, YamlSyntaxError} from './yaml';

/** Every Markdown file below `folder`, relative to `siteDir`, in a stable order. */
async function markdownFiles(siteDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(siteDir, folder), {recursive: true, withFileTypes: true}).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(isContentFile)
    .sort();
}

function syntaxProblem(file: string, error: unknown, field: string): Problem {
  if (error instanceof YamlSyntaxError) return {file, line: error.line, field, message: error.message};
  throw error;
}

export async function readDataFile(siteDir: string, file: string): Promise<{data: DataFile; problems: Problem[]}> {
  let text: string;
  try {
    text = await readFile(path.join(siteDir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return {
      data: {file, data: undefined, lineOf: () => 1, unreadable: true},
      problems: [{file, line: undefined, field: 'file', message: 'missing (expected the data file to exist)'}],
    };
  }
  try {
    return {data: {file, ...parseYaml(text)}, problems: []};
  } catch (error) {
    return {
      data: {file, data: undefined, lineOf: () => 1, unreadable: true},
      problems: [syntaxProblem(file, error, 'yaml')],
    };
  }
}

/** Every Markdown file of the content folders, as written: relative path → text. */
async function readContentTexts(siteDir: string): Promise<Map<string, string>> {
  const names = (await Promise.all(CONTENT_FOLDERS.map((folder) => markdownFiles(siteDir, folder)))).flat();
  const texts = await Promise.all(names.map((file) => readFile(path.join(siteDir, file), 'utf8')));
  return new Map(names.map((file, i) => [file, texts[i]!]));
}

/**
 * Reads what `npm run check` validates: the data files and every Markdown
 * file's front matter, with line numbers. YAML that does not parse is a
 * problem of its file; the other files are still read. `texts` holds every
 * Markdown file as written, for the checks that read the body.
 */
export async function readSite(
  siteDir: string,
): Promise<{sources: SiteSources; problems: Problem[]; texts: Map<string, string>}> {
  const [roadmap, skills, blog] = await Promise.all([
    readDataFile(siteDir, ROADMAP_FILE),
    readDataFile(siteDir, SKILLS_FILE),
    readBlogKeys(siteDir),
  ]);
  const problems = [...roadmap.problems, ...skills.problems, ...blog.problems];
  const texts = await readContentTexts(siteDir);
  const files: ContentFile[] = [];
  const unreadableFiles: string[] = [];
  for (const [file, text] of texts) {
    try {
      const {frontMatter, lineOf} = readMarkdown(text);
      files.push({file, frontMatter, lineOf});
    } catch (error) {
      problems.push(syntaxProblem(file, error, 'front matter'));
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
