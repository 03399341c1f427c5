/**
 * `npm run docs:fields`: regenerates the front-matter reference in
 * CONTRIBUTING.md from the schemas (between its two marker comments).
 * `--print` prints it instead. A test fails when the file is out of date.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fieldReference} from '../plugins/roadmap/api/fieldReference';
import {replaceBetweenMarkers} from './markedSection';

const CONTRIBUTING = path.resolve(__dirname, '../CONTRIBUTING.md');

async function main(): Promise<void> {
  if (process.argv.includes('--print')) {
    console.log(fieldReference());
    return;
  }
  const text = await readFile(CONTRIBUTING, 'utf8');
  const updated = replaceBetweenMarkers(text, 'fields', fieldReference());
  if (updated === text) console.log('CONTRIBUTING.md: the field reference is up to date');
  else {
    await writeFile(CONTRIBUTING, updated);
    console.log('CONTRIBUTING.md: field reference regenerated');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
