import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {createGzip} from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsl': 'application/xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/**
 * Compressed by GitHub Pages (and most hosts) for a browser that accepts gzip; fonts, images and
 * Pagefind's `.pf_*` files (gzip already) are not. The benchmarks count bytes by the same list.
 */
export const COMPRESSED_BY_HOST: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
]);

/**
 * A built site served on 127.0.0.1 as GitHub Pages would: `/a/` → `a/index.html`, 404.html
 * otherwise. With `gzip`, text is compressed for clients that ask, as a host would: page-load
 * measurements (Lighthouse) need it; byte counts of the files themselves do not.
 */
export async function serveStatic(
  root: string,
  {gzip = false}: {gzip?: boolean} = {},
): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    const found = existsSync(file);
    if (!found) file = path.join(root, '404.html');
    const extension = path.extname(file);
    const compress =
      gzip && COMPRESSED_BY_HOST.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      ...(compress ? {'content-encoding': 'gzip', vary: 'Accept-Encoding'} : {}),
    });
    const body = createReadStream(file);
    if (compress) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
