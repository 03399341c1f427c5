import {execFileSync} from 'node:child_process';
import {realpathSync} from 'node:fs';
import {mkdir, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** A fixed author and clock, so that commits (and "last updated" dates) are the same on every run. */
export function gitEnv(date = '2025-11-20T12:00:00Z'): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.org',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    // `git status` in a test must not refresh the index that a test watches.
    GIT_OPTIONAL_LOCKS: '0',
  };
}

export function git(dir: string, args: readonly string[], date?: string): string {
  return execFileSync('git', args, {cwd: dir, env: gitEnv(date), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/** Makes `dir` a git repository with everything in it committed. */
export function commitAll(dir: string, message: string, date?: string): void {
  if (!gitIsRepo(dir)) git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '--allow-empty', '-m', message], date);
}

function gitIsRepo(dir: string): boolean {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).trim() === realpathSync(dir);
  } catch {
    return false;
  }
}

/** Edits of a site folder: `text` writes a file, `null` removes it, `{from}` renames one. */
export type SiteEdit = string | null | {from: string};

export async function applyEdits(dir: string, edits: Record<string, SiteEdit>): Promise<void> {
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) await rm(target);
    else if (typeof edit === 'string') {
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, edit);
    } else {
      await mkdir(path.dirname(target), {recursive: true});
      await rename(path.join(dir, edit.from), target);
    }
  }
}
