import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {COMPRESSED_BY_HOST} from '../harness/staticServer';

/** The bytes a host that gzips text would send for `file` (a path or URL pathname) with this body. */
export function gzipSize(file: string, body: Uint8Array): number {
  return COMPRESSED_BY_HOST.has(path.extname(file)) ? gzipSync(body).byteLength : body.byteLength;
}
