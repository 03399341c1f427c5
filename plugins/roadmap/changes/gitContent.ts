import {spawn} from 'node:child_process';
import {CHECKED_DATA_FILES, CONTENT_FOLDERS, isContentFile} from '../site/siteLayout';

/** A git command that failed, in words for the author: exit 2 of `check --since`. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

/** Runs git in `cwd`; resolves stdout as bytes, rejects with git's own message. */
function git(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // GIT_OPTIONAL_LOCKS=0: reading must not refresh (write) the author's index.
    // Only `cat-file --batch` reads stdin; a command that does not may exit
    // before a write to it lands, and that write would fail with EPIPE.
    const child = spawn('git', args, {
      cwd,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: {...process.env, GIT_OPTIONAL_LOCKS: '0'},
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error) => reject(new GitError(`could not run git (${error.message})`)));
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out)) : reject(new GitError(err.trim() || `git ${args[0]} exited ${code}`)),
    );
    if (input !== undefined && child.stdin) {
      // git's own exit code and message say what went wrong; a broken pipe adds nothing.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}

const SITE_PATHS = [...CONTENT_FOLDERS, ...CHECKED_DATA_FILES];

/** What `check` reads. */
function isSiteFile(file: string): boolean {
  return CHECKED_DATA_FILES.includes(file) || isContentFile(file);
}

/** The full commit id of `ref`, or a GitError that says what was expected. */
export async function resolveRef(siteDir: string, ref: string): Promise<string> {
  try {
    await git(siteDir, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new GitError(`--since: ${siteDir} is not in a git repository (expected a clone of the site)`);
  }
  try {
    return (await git(siteDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).toString().trim();
  } catch {
    throw new GitError(
      `--since: unknown git revision "${ref}" (expected a branch, tag or commit, e.g. origin/main; in CI, fetch it first)`,
    );
  }
}

/**
 * The site's content as committed at `commit`, read with `git ls-tree` and
 * one `git cat-file --batch`: nothing is checked out, so the author's working
 * tree and index are never touched. Paths are relative to the site folder.
 */
export async function contentAt(siteDir: string, commit: string): Promise<Map<string, string>> {
  const listing = (await git(siteDir, ['ls-tree', '-r', '-z', commit, '--', ...SITE_PATHS])).toString();
  const blobs = listing
    .split('\0')
    .filter(Boolean)
    .flatMap((row) => {
      const [meta, file] = row.split('\t') as [string, string];
      const [mode, type, id] = meta.split(' ');
      // Regular files only: not symlinks (120000) or submodules.
      return type === 'blob' && mode !== '120000' && isSiteFile(file) ? [{file, id: id!}] : [];
    });
  if (blobs.length === 0) return new Map();
  const out = await git(siteDir, ['cat-file', '--batch'], blobs.map((b) => `${b.id}\n`).join(''));
  const texts = new Map<string, string>();
  let at = 0;
  for (const {file} of blobs) {
    const headerEnd = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, headerEnd).toString().split(' ')[2]);
    texts.set(file, out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    at = headerEnd + 1 + size + 1; // the blob, then a newline
  }
  return texts;
}

/**
 * Files git sees as renamed between `commit` and the working tree
 * (`git diff -M`): old path → new path, relative to the site folder. Only
 * tracked files take part; a new file not yet added is an addition.
 */
export async function renamesSince(siteDir: string, commit: string): Promise<Map<string, string>> {
  const out = (
    await git(siteDir, ['diff', '--name-status', '-M', '-z', '--relative', commit, '--', ...SITE_PATHS])
  ).toString();
  const fields = out.split('\0').filter(Boolean);
  const renames = new Map<string, string>();
  for (let i = 0; i < fields.length;) {
    const status = fields[i]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames.set(fields[i + 1]!, fields[i + 2]!);
      i += 3;
    } else i += 2;
  }
  return renames;
}
