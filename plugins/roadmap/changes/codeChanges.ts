import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {resolveRef} from './gitContent';
import {CHECKED_DATA_FILES, isContentFile} from '../site/siteLayout';

const run = promisify(execFile);

/**
 * What `check --since` cannot judge and a maintainer must read: a pull
 * request's code (the site's theme and plugins run in every reader's
 * browser, its scripts and workflows run in CI), its static files (published
 * as they are, on the site's origin) and its configuration. Everything that
 * changed except the notes, posts and data files check validates and the
 * sanitizer cleans.
 */
export interface CodeChange {
  file: string;
  status: 'added' | 'changed' | 'removed' | 'renamed';
}

const FOLDERS = ['src/', 'plugins/', 'static/', '.github/', 'scripts/'];

/** Whether a changed file needs a maintainer's eyes rather than check's. */
export function needsMaintainer(file: string): boolean {
  if (FOLDERS.some((folder) => file.startsWith(folder))) return true;
  // Config at the top: docusaurus.config.ts, sidebars.ts, trustedContent.ts, package.json, Makefile …
  if (!file.includes('/')) return !/\.md$/i.test(file);
  // Anything else that is neither a note nor a data file, e.g. an SVG beside the notes.
  return !isContentFile(file) && !CHECKED_DATA_FILES.includes(file) && !file.startsWith('templates/');
}

const STATUS: Record<string, CodeChange['status']> = {
  A: 'added',
  M: 'changed',
  D: 'removed',
  R: 'renamed',
  T: 'changed',
};

/** Files changed in the working tree (committed or not, and untracked ones) since git revision `ref`. */
export async function codeChangesSince(siteDir: string, ref: string): Promise<CodeChange[]> {
  const commit = await resolveRef(siteDir, ref);
  const git = async (args: string[]) =>
    (await run('git', args, {cwd: siteDir, env: {...process.env, GIT_OPTIONAL_LOCKS: '0'}, maxBuffer: 64 << 20}))
      .stdout;
  const diff = (await git(['diff', '--name-status', '-z', '--relative', '-M', commit])).split('\0');
  const changes: CodeChange[] = [];
  for (let i = 0; i < diff.length - 1;) {
    const code = diff[i]!.charAt(0);
    // A rename names two paths: the old, then the new.
    const file = code === 'R' || code === 'C' ? diff[i + 2]! : diff[i + 1]!;
    i += code === 'R' || code === 'C' ? 3 : 2;
    changes.push({file, status: STATUS[code] ?? 'changed'});
  }
  for (const file of (await git(['ls-files', '--others', '--exclude-standard', '-z'])).split('\0'))
    if (file) changes.push({file, status: 'added'});
  return changes.filter((change) => needsMaintainer(change.file)).sort((a, b) => a.file.localeCompare(b.file));
}

/** The section of the pull-request comment that lists them. */
export function codeChangesMarkdown(changes: readonly CodeChange[]): string {
  const lines = ['', '**Code and static files (a maintainer must read these)**', ''];
  if (changes.length === 0) lines.push('No code, static or configuration file changed.');
  // Backticks and line breaks in a name must not break out of its code span.
  else lines.push(...changes.map(({file, status}) => `- \`${file.replace(/[`\u0000-\u001f]/g, '?')}\` (${status})`));
  return `${lines.join('\n')}\n`;
}
