import path from 'node:path';
import {gzipSync} from 'node:zlib';

/**
 * Text formats a static host (GitHub Pages, Netlify) gzips on the fly.
 * Pagefind's `.pf_*` and `.pagefind` files are gzip already, and count as is.
 */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.json', '.css', '.html', '.svg']);

/** The bytes a host that gzips text would send for `file` (a path or URL pathname) with this body. */
export function gzipSize(file: string, body: Uint8Array): number {
  return COMPRESSIBLE.has(path.extname(file)) ? gzipSync(body).byteLength : body.byteLength;
}
