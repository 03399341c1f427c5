/**
 * Contract tests: the Algolia code paths against a local server on 127.0.0.1
 * that records what the v5 client sends (Algolia's servers cannot be reached
 * from here). They pin the requests, not Algolia's behaviour.
 */
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {BATCH_SIZE, INDEX_SETTINGS} from '../../plugins/search/algolia/indexSettings';
import {pushRecords} from '../../plugins/search/algolia/pushRecords';
import {MAX_RECORD_BYTES, pageRecords, paperRecord, type AlgoliaRecord} from '../../plugins/search/algolia/records';
import {algoliaLiteSearch} from '../../plugins/roadmap/paperSearch/algoliaLiteClient';
import {algoliaPaperSearch} from '../../plugins/roadmap/paperSearch/algoliaPaperSearch';
import {EMPTY_QUERY} from '../../plugins/roadmap/paperSearch/paperQuery';
import {buildPaperIndex} from '../../plugins/roadmap/paperSearch/paperSearch';
import type {PaperRow} from '../../plugins/roadmap/model/paperLog';
import {startAlgoliaRecorder, type AlgoliaRecorder} from '../support/algoliaRecorder';
import {REPO_DIR} from '../../scripts/harness/buildSite';
import {paperRow} from '../support/paperRow';

const run = promisify(execFile);
const target = {appId: 'TESTAPP', adminKey: 'admin-secret', indexName: 'roadmap'};
let recorder: AlgoliaRecorder | undefined;

afterEach(async () => {
  await recorder?.close();
  recorder = undefined;
});

function paper(slug: string, fields: Partial<PaperRow> = {}): PaperRow {
  return paperRow(slug, {title: `Paper ${slug}`, ...fields});
}

/** 2,500 records: pages of 20 paragraphs, and papers. */
function manyRecords(): AlgoliaRecord[] {
  const records: AlgoliaRecord[] = [];
  for (let i = 0; records.length < 2_000; i++) {
    records.push(
      ...pageRecords({
        url: `https://example.org/docs/note-${i}`,
        kind: 'note',
        docusaurusTag: 'docs-default-current',
        language: 'en',
        title: `Note ${i}`,
        intro: [],
        sections: [
          {level: 2, title: 'Part', anchor: 'part', texts: Array.from({length: 20}, (_, j) => `text ${i}.${j}`)},
        ],
      }),
    );
  }
  records.length = 2_000;
  for (let i = 0; i < 500; i++) records.push(paperRecord(paper(`p${i}`), 'https://example.org'));
  return records;
}

/** `POST /1/indexes/roadmap_tmp_123456/batch` → `POST /1/indexes/roadmap_tmp/batch`. */
function requestLine(request: {method: string; path: string}): string {
  return `${request.method} ${request.path.replace(/_tmp_\d+/, '_tmp')}`;
}

describe('npm run search:algolia (contract)', () => {
  it('sets the settings, then replaces every record through a temporary index, in batches of 1,000', async () => {
    recorder = await startAlgoliaRecorder();
    const lines: string[] = [];
    const records = manyRecords();
    await pushRecords({...target, hosts: [recorder.host]}, records, (line) => lines.push(line));

    expect(recorder.requests.map(requestLine)).toEqual([
      'PUT /1/indexes/roadmap/settings',
      'GET /1/indexes/roadmap/task/1',
      'POST /1/indexes/roadmap/operation',
      'POST /1/indexes/roadmap_tmp/batch',
      'POST /1/indexes/roadmap_tmp/batch',
      'POST /1/indexes/roadmap_tmp/batch',
      'GET /1/indexes/roadmap_tmp/task/3',
      'GET /1/indexes/roadmap_tmp/task/4',
      'GET /1/indexes/roadmap_tmp/task/5',
      'GET /1/indexes/roadmap_tmp/task/2',
      'POST /1/indexes/roadmap/operation',
      'GET /1/indexes/roadmap_tmp/task/6',
      'POST /1/indexes/roadmap_tmp/operation',
      'GET /1/indexes/roadmap_tmp/task/7',
    ]);
    const [settings, , copy] = recorder.requests;
    expect(settings?.body).toEqual(INDEX_SETTINGS);
    expect(copy?.body).toMatchObject({operation: 'copy', scope: ['settings', 'rules', 'synonyms']});
    expect(recorder.requests.at(-2)?.body).toEqual({operation: 'move', destination: 'roadmap'});

    const batches = recorder.requests
      .filter((r) => r.path.endsWith('/batch'))
      .map((r) => (r.body as {requests: {action: string; body: {objectID: string}}[]}).requests);
    expect(batches.map((batch) => batch.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 500]);
    const sent = batches.flat();
    expect(new Set(sent.map((r) => r.action))).toEqual(new Set(['addObject']));
    expect(new Set(sent.map((r) => r.body.objectID)).size).toBe(2_500);
    expect(Math.max(...sent.map((r) => Buffer.byteLength(JSON.stringify(r.body))))).toBeLessThanOrEqual(
      MAX_RECORD_BYTES,
    );
    expect(sent.filter((r) => (r.body as {type?: string}).type === 'paper-log')).toHaveLength(500);

    for (const request of recorder.requests) {
      expect(request.headers['x-algolia-application-id']).toBe('TESTAPP');
      expect(request.headers['x-algolia-api-key']).toBe('admin-secret');
    }
    expect(lines).toEqual([
      '[search:algolia] settings of roadmap',
      '[search:algolia] 2500 records in 3 batches of up to 1000',
      '[search:algolia] batch 1 of 3 sent',
      '[search:algolia] batch 2 of 3 sent',
      '[search:algolia] batch 3 of 3 sent',
      '[search:algolia] roadmap now holds 2500 records',
    ]);
  });

  it('refuses an empty record set before any request', async () => {
    recorder = await startAlgoliaRecorder();
    await expect(pushRecords({...target, hosts: [recorder.host]}, [], () => {})).rejects.toThrow(
      'search:algolia: no record to push (expected the pages of a build: run `npm run build` first)',
    );
    expect(recorder.requests).toEqual([]);
  });

  it('fails the command with Algolia’s status and message on a 4xx, and pushes nothing after it', async () => {
    recorder = await startAlgoliaRecorder((request) =>
      request.path.endsWith('/settings')
        ? {status: 403, body: {message: 'Invalid Application-ID or API key', status: 403}}
        : undefined,
    );
    const build = await mkdtemp(path.join(tmpdir(), 'roadmap-algolia-build-'));
    await mkdir(path.join(build, 'papers/bert'), {recursive: true});
    await writeFile(
      path.join(build, 'papers/bert/index.html'),
      '<html lang=en class="docs-wrapper plugin-docs plugin-id-papers docs-version-current docs-doc-page"><head>' +
        '<link rel=canonical href=https://example.org/papers/bert /></head><body><article><h1>BERT</h1><p>Text.</p></article></body></html>',
    );
    await writeFile(path.join(build, 'papers.json'), JSON.stringify([paper('bert')]));
    const command = run('npx', ['tsx', 'scripts/search-algolia.ts', '--build', build], {
      cwd: REPO_DIR,
      env: {
        ...process.env,
        ALGOLIA_APP_ID: 'TESTAPP',
        ALGOLIA_INDEX: 'roadmap',
        ALGOLIA_ADMIN_KEY: 'admin-secret',
        ALGOLIA_HOSTS: recorder.host,
      },
    });
    const failure = await command.then(
      () => undefined,
      (error: {code: number; stdout: string; stderr: string}) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('[search:algolia] 3 records from 1 page and 1 paper');
    expect(failure?.stderr.trim()).toBe(
      '✖ search:algolia: Algolia refused the request (HTTP 403: Invalid Application-ID or API key). Check ALGOLIA_APP_ID and ALGOLIA_ADMIN_KEY: the key must be allowed to write this index.',
    );
    expect(recorder.requests.map(requestLine)).toEqual(['PUT /1/indexes/roadmap/settings']);
  });
});

describe('/papers through Algolia (contract)', () => {
  const rows = [
    paper('attention', {title: 'Attention Is All You Need', year: 2017, status: 'reproduced', tags: ['nlp']}),
    paper('bert', {title: 'BERT', year: 2018, status: 'read', tags: ['nlp']}),
    paper('resnet', {title: 'ResNet', year: 2015, status: 'queued', tags: ['vision']}),
  ];

  it('sends the words, the filters and one facet query per facet in use, with the search-only key', async () => {
    recorder = await startAlgoliaRecorder((request) =>
      request.path === '/1/indexes/*/queries'
        ? {
            status: 200,
            body: {
              results: [
                {
                  hits: [{slug: 'bert'}, {slug: 'unknown'}, {slug: 'attention'}],
                  facets: {venue: {}, tags: {nlp: 2}, hasResults: {}},
                },
                {hits: [], facets: {status: {read: 1, reproduced: 1, queued: 0}}},
                {hits: [], facets: {year: {'2017': 1, '2018': 1}}},
              ],
            },
          }
        : undefined,
    );
    const index = buildPaperIndex(rows);
    const search = await algoliaLiteSearch({appId: 'TESTAPP', searchKey: 'search-only', indexName: 'roadmap'}, [
      recorder.host,
    ]);
    const engine = algoliaPaperSearch(index, 'roadmap', search);
    const result = await engine.search({
      ...EMPTY_QUERY,
      text: 'attention',
      status: ['read', 'reproduced'],
      yearFrom: 2016,
    });

    expect(recorder.requests).toHaveLength(1);
    const [request] = recorder.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['x-algolia-api-key']).toBe('search-only');
    const common = {
      indexName: 'roadmap',
      query: 'attention',
      filters: 'type:paper-log',
      attributesToRetrieve: ['slug'],
      attributesToHighlight: [],
    };
    expect(request?.body).toEqual({
      requests: [
        {
          ...common,
          facetFilters: [['status:read', 'status:reproduced']],
          numericFilters: ['year>=2016'],
          facets: ['venue', 'tags', 'hasResults'],
          hitsPerPage: 1000,
        },
        {...common, facetFilters: [], numericFilters: ['year>=2016'], facets: ['status'], hitsPerPage: 0},
        {
          ...common,
          facetFilters: [['status:read', 'status:reproduced']],
          numericFilters: [],
          facets: ['year'],
          hitsPerPage: 0,
        },
      ],
    });
    // Algolia's order while searching by best match; a record the page does not know is left out.
    expect(result.rows.map((row) => row.slug)).toEqual(['bert', 'attention']);
    expect(result.facets.status).toEqual([
      {value: 'read', count: 1, selected: true},
      {value: 'reproduced', count: 1, selected: true},
      {value: 'queued', count: 0, selected: false},
    ]);
    expect(result.facets.year.map((y) => y.value)).toEqual(['2018', '2017']);
    expect(result.facets.tag).toEqual([{value: 'nlp', count: 2, selected: false}]);
  });

  it('answers the unfiltered log from the page, without a request', async () => {
    recorder = await startAlgoliaRecorder();
    const search = await algoliaLiteSearch({appId: 'TESTAPP', searchKey: 'search-only', indexName: 'roadmap'}, [
      recorder.host,
    ]);
    const answer = algoliaPaperSearch(buildPaperIndex(rows), 'roadmap', search).search(EMPTY_QUERY);
    expect(answer).not.toBeInstanceOf(Promise);
    expect(recorder.requests).toEqual([]);
  });

  it('rejects with Algolia’s message when the search key is refused', async () => {
    recorder = await startAlgoliaRecorder(() => ({status: 403, body: {message: 'Invalid API key', status: 403}}));
    const search = await algoliaLiteSearch({appId: 'TESTAPP', searchKey: 'wrong', indexName: 'roadmap'}, [
      recorder.host,
    ]);
    await expect(
      algoliaPaperSearch(buildPaperIndex(rows), 'roadmap', search).search({...EMPTY_QUERY, text: 'bert'}),
    ).rejects.toThrow('Invalid API key');
  });
});
