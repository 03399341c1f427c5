import path from 'node:path';

/** A file's path relative to the site, with `/` on every platform: how check and the build name a file. */
export function sitePath(siteDir: string, file: string): string {
  return path.relative(siteDir, file).split(path.sep).join('/');
}
