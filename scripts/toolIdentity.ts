import {readFileSync} from 'node:fs';
import path from 'node:path';

/** This tool's name and version (package.json), as the User-Agent of its requests names them. */
export function toolIdentity(): {name: string; version: string} {
  const {name, version} = JSON.parse(readFileSync(path.join(__dirname, '../package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return {name, version};
}
