/**
 * `npm run search:algolia`: pushes the built site's search records to Algolia.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {MAX_RECORD_BYTES, pushRecords, siteRecords} from '../plugins/search/api/algolia';

const HELP = `Usage: npm run search:algolia -- [options]

Reads the built site (run \`npm run build\` first) and pushes its search
records to the Algolia index: DocSearch records (a page, its headings and
paragraphs) for every listed note, paper and post, and one record per paper
of the log with its facets for /papers. Sets the index's settings, then
replaces all its records at once (readers never see a half-filled index).
Records over ${MAX_RECORD_BYTES} bytes are split. An empty record set is refused.

Environment:
  ALGOLIA_APP_ID      the application id
  ALGOLIA_INDEX       the index to fill
  ALGOLIA_ADMIN_KEY   a key allowed to write (addObject, deleteIndex,
                      editSettings); used only here; the build reads it
                      only to refuse it as the search key, never publishes it
  ALGOLIA_HOSTS       for tests: comma-separated host:port to send every
                      request to over plain HTTP instead of Algolia

Options:
  --dry-run      write the records to a file instead of pushing them
  --out FILE     where --dry-run writes (default: algolia-records.json)
  --build DIR    the built site (default: build)
  -h, --help     show this text

Exits 1 when Algolia refuses a request or there is nothing to push.`;

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`search:algolia: ${name} is not set (expected it in the environment; see --help)`);
  return value;
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      'dry-run': {type: 'boolean'},
      out: {type: 'string'},
      build: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const buildDir = path.resolve(values.build ?? 'build');
  const {records, pages, papers} = await siteRecords(buildDir);
  const largest = Math.max(0, ...records.map((record) => Buffer.byteLength(JSON.stringify(record))));
  console.log(
    `[search:algolia] ${records.length} records from ${pages} page${pages === 1 ? '' : 's'} and ${papers} paper${papers === 1 ? '' : 's'} in ${buildDir} (largest ${largest} bytes)`,
  );
  if (values['dry-run']) {
    const out = path.resolve(values.out ?? 'algolia-records.json');
    await writeFile(out, `${JSON.stringify(records, null, 2)}\n`);
    console.log(`[search:algolia] dry run: records written to ${out}, nothing pushed`);
    return 0;
  }
  const hosts = process.env.ALGOLIA_HOSTS?.split(',')
    .map((host) => host.trim())
    .filter(Boolean);
  await pushRecords(
    {
      appId: required('ALGOLIA_APP_ID'),
      adminKey: required('ALGOLIA_ADMIN_KEY'),
      indexName: required('ALGOLIA_INDEX'),
      ...(hosts && hosts.length > 0 ? {hosts} : {}),
    },
    records,
    (line) => console.log(line),
  );
  return 0;
}

/** Algolia's answer, in words: its status and message, and what to check. */
function explain(error: unknown): string {
  if (error instanceof Error && 'status' in error && typeof error.status === 'number') {
    const hint =
      error.status === 403 || error.status === 401
        ? ' Check ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY: the key must be allowed to write this index.'
        : '';
    return `search:algolia: Algolia refused the request (HTTP ${error.status}: ${error.message}).${hint}`;
  }
  return error instanceof Error ? error.message : String(error);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✖ ${explain(error)}`);
    process.exit(1);
  },
);
