import {execFile} from 'node:child_process';
import {cp, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {paperIdOf} from '../../plugins/roadmap/paperLookup/paperId';
import {ARXIV, CROSSREF} from '../../plugins/roadmap/paperLookup/lookupPaper';
import {LookupError, politeClient} from '../../plugins/roadmap/paperLookup/politeRequests';
import {formatProblem} from '../../plugins/roadmap/site/problem';
import {checkSite} from '../../plugins/roadmap/validate/checkSite';
import {writeSite} from '../../scripts/corpus/exampleSite';
import {startRecordingServer, type Recorded, type RecordingServer, type Reply} from '../support/recordingServer';

/**
 * Contract tests: `npm run new -- paper ID` against a local server that
 * answers as arXiv's query API (Atom) and Crossref's REST API (JSON) document
 * their answers. Nothing here reaches the internet.
 */
const REPO = path.resolve(__dirname, '../..');
const TODAY = '2026-11-25';

/** arXiv's Atom answer for one paper: hard-wrapped title and abstract, TeX, a journal reference. */
const RESNET_ATOM = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/abc</id>
  <title>arXiv Query: search_query=&amp;id_list=1512.03385v1&amp;start=0&amp;max_results=1</title>
  <updated>2026-11-25T00:00:00Z</updated>
  <link href="https://arxiv.org/api/query?id_list=1512.03385v1" type="application/atom+xml"/>
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <entry>
    <id>http://arxiv.org/abs/1512.03385v1</id>
    <updated>2015-12-10T19:51:55Z</updated>
    <published>2015-12-10T19:51:55Z</published>
    <title>Deep Residual Learning for
  Image Recognition</title>
    <summary>  Deeper neural networks are more difficult to train. We present a residual
learning framework with depth up to $152$ layers, $8\\times$ deeper than VGG nets
but still having lower complexity.
</summary>
    <author><name>Kaiming He</name></author>
    <author><name>Xiangyu Zhang</name></author>
    <author><name>Shaoqing Ren</name></author>
    <author><name>Jian Sun</name></author>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">Tech report</arxiv:comment>
    <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">CVPR 2016</arxiv:journal_ref>
    <link href="http://arxiv.org/abs/1512.03385v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/1512.03385v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
</feed>
`;

/** arXiv's answer for an id it does not know: a feed with no entry. */
const EMPTY_ATOM = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <id>https://arxiv.org/api/xyz</id>
  <title>arXiv Query: id_list=2101.99999</title>
  <opensearch:totalResults>0</opensearch:totalResults>
</feed>
`;

/** Crossref's `/works/{doi}` answer: authors as given and family, the container, date parts, a JATS abstract. */
const NATURE_WORK = JSON.stringify({
  status: 'ok',
  'message-type': 'work',
  'message-version': '1.0.0',
  message: {
    DOI: '10.1038/nature14539',
    type: 'journal-article',
    title: ['Deep learning'],
    author: [
      {given: 'Yann', family: 'LeCun', sequence: 'first', affiliation: []},
      {given: 'Yoshua', family: 'Bengio', sequence: 'additional', affiliation: []},
      {given: 'Geoffrey', family: 'Hinton', sequence: 'additional', affiliation: []},
    ],
    'container-title': ['Nature'],
    published: {'date-parts': [[2015, 5, 27]]},
    abstract:
      '<jats:p>Deep learning allows computational models\n that are composed of multiple processing layers.</jats:p>',
  },
});

/** A Crossref work without an abstract, as many are. */
const ALEXNET_WORK = JSON.stringify({
  status: 'ok',
  'message-type': 'work',
  message: {
    DOI: '10.1145/3065386',
    title: ['ImageNet classification with deep convolutional neural networks'],
    author: [
      {given: 'Alex', family: 'Krizhevsky'},
      {given: 'Ilya', family: 'Sutskever'},
      {given: 'Geoffrey E.', family: 'Hinton'},
    ],
    'container-title': ['Communications of the ACM'],
    issued: {'date-parts': [[2017, 5, 24]]},
  },
});

const atom = (body: string) => ({status: 200, type: 'application/atom+xml; charset=utf-8', body});

let server: RecordingServer;
let site: string;
const answers = new Map<string, () => Reply>();

beforeAll(async () => {
  server = await startRecordingServer((request: Recorded) => {
    for (const [prefix, answer] of answers) if (request.url.startsWith(prefix)) return answer();
    return {status: 404, type: 'text/plain', body: 'Resource not found.'};
  });
  answers.set('/api/query?id_list=1512.03385', () => atom(RESNET_ATOM));
  answers.set('/api/query?id_list=2101.99999', () => atom(EMPTY_ATOM));
  answers.set('/api/query?id_list=2101.00001', () => 'hang');
  answers.set('/works/10.1038/nature14539', () => ({status: 200, type: 'application/json', body: NATURE_WORK}));
  answers.set('/works/10.1038%2Fnature14539', () => ({status: 200, type: 'application/json', body: NATURE_WORK}));
  answers.set('/works/10.1145%2F3065386', () => ({status: 200, type: 'application/json', body: ALEXNET_WORK}));
  site = await writeSite();
  await cp(path.join(REPO, 'templates'), path.join(site, 'templates'), {recursive: true});
});

afterAll(() => server.close());

/**
 * Runs one of the site's scripts with the APIs pointed at the local server
 * (`env` may point them elsewhere); asynchronously, so the server in this
 * process can answer (spawnSync would block it).
 */
async function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await promisify(execFile)(
      path.join(REPO, 'node_modules/.bin/tsx'),
      [path.join(REPO, 'scripts', script), ...args, '--site', site],
      {
        env: {
          ...process.env,
          ROADMAP_TODAY: TODAY,
          ARXIV_API_URL: `${server.origin}/api/query`,
          CROSSREF_API_URL: server.origin,
          CROSSREF_MAILTO: 'me@example.org',
          ...env,
        },
      },
    );
    return {code: 0, stdout, stderr};
  } catch (error) {
    const failed = error as {code: number; stdout: string; stderr: string};
    return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
  }
}

const newPaper = (...args: string[]) => run('new.ts', ['paper', ...args]);

const papers = () => readdir(path.join(site, 'papers'));

describe('paperIdOf', () => {
  it.each([
    ['arXiv:1706.03762', {kind: 'arxiv', id: '1706.03762'}],
    ['1706.03762', {kind: 'arxiv', id: '1706.03762'}],
    ['1706.03762v7', {kind: 'arxiv', id: '1706.03762v7'}],
    ['cs/0112017', {kind: 'arxiv', id: 'cs/0112017'}],
    ['https://arxiv.org/abs/1706.03762v2', {kind: 'arxiv', id: '1706.03762v2'}],
    ['https://arxiv.org/pdf/1706.03762.pdf', {kind: 'arxiv', id: '1706.03762'}],
    ['doi:10.1038/nature14539', {kind: 'doi', doi: '10.1038/nature14539'}],
    ['https://doi.org/10.18653/v1/N19-1423', {kind: 'doi', doi: '10.18653/v1/N19-1423'}],
    // A path in an id: the DOI is encoded whole in the request (below); an arXiv id is refused, so it is a title.
    ['doi:10.1234/../../../evil', {kind: 'doi', doi: '10.1234/../../../evil'}],
    ['https://doi.org/10.1234%2F..%2F..%2Fevil', {kind: 'doi', doi: '10.1234/../../evil'}],
    ['arXiv:1706.03762/../../evil', undefined],
    ['https://arxiv.org/abs/../../evil', undefined],
    ['Attention Is All You Need', undefined],
    ['1706.0376', undefined],
  ])('%s', (text, id) => {
    expect(paperIdOf(text)).toEqual(id);
  });
});

describe('npm run new -- paper ID', () => {
  it('fills a note from arXiv: one request with the id, a descriptive User-Agent, a note that passes the check', async () => {
    const before = server.requests.length;
    const result = await newPaper('arXiv:1512.03385v1');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Created papers/deep-residual-learning-for-image-recognition.md');
    const [request, ...more] = server.requests.slice(before);
    expect(more).toEqual([]);
    expect(request?.url).toBe('/api/query?id_list=1512.03385v1&max_results=1');
    expect(request?.headers['user-agent']).toMatch(
      /^ml-specialist-roadmap\/\d+\.\d+\.\d+ \(paper lookup.*mailto:me@example\.org\)$/,
    );
    const note = await readFile(path.join(site, 'papers/deep-residual-learning-for-image-recognition.md'), 'utf8');
    expect(note).toContain('title: "Deep Residual Learning for Image Recognition"\n');
    expect(note).toContain('authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"]\n');
    expect(note).toContain('year: 2015\n');
    expect(note).toContain('venue: "CVPR 2016"\n');
    expect(note).toContain('arxiv: "1512.03385"\n');
    expect(note).not.toContain('scholar.google.com');
    expect(note).toContain(
      '## Summary\n\nDeeper neural networks are more difficult to train. We present a residual learning framework with depth up to $152$ layers, $8\\times$ deeper than VGG nets but still having lower complexity.\n\n## Notes',
    );
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('fills a note from Crossref for a DOI, with the contact address for its polite pool', async () => {
    const before = server.requests.length;
    const result = await newPaper('https://doi.org/10.1038/nature14539');
    expect(result.stderr).toBe('');
    expect(server.requests.slice(before).map((r) => r.url)).toEqual([
      '/works/10.1038%2Fnature14539?mailto=me%40example.org',
    ]);
    const note = await readFile(path.join(site, 'papers/deep-learning.md'), 'utf8');
    expect(note).toContain('authors: ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"]\n');
    expect(note).toContain('year: 2015\nvenue: "Nature"\n');
    expect(note).toContain('doi: "10.1038/nature14539"\n');
    expect(note).toContain(
      '## Summary\n\nDeep learning allows computational models that are composed of multiple processing layers.\n',
    );
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('refuses a paper logged already, by any version of its arXiv id, naming the note, asking no API', async () => {
    const before = server.requests.length;
    const files = await papers();
    const result = await newPaper('https://arxiv.org/abs/1512.03385v3');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'new: arXiv:1512.03385v3 is logged already in papers/deep-residual-learning-for-image-recognition.md; nothing was written\n',
    );
    expect(server.requests.length).toBe(before);
    expect(await papers()).toEqual(files);
  });

  it('an id arXiv does not know: one line saying what to do, nothing written', async () => {
    const files = await papers();
    const result = await newPaper('2101.99999');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'new: arXiv has no paper arXiv:2101.99999; nothing was written (use --offline to write the template with arXiv:2101.99999 filled in)\n',
    );
    expect(await papers()).toEqual(files);
  });

  it('a DOI holding ../ asks Crossref for that DOI, encoded as one path segment, never for another path', async () => {
    const files = await papers();
    const before = server.requests.length;
    const result = await newPaper('doi:10.1234/../../../evil');
    expect(server.requests.slice(before).map((r) => r.url)).toEqual([
      '/works/10.1234%2F..%2F..%2F..%2Fevil?mailto=me%40example.org',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('new: Crossref has no paper doi:10.1234/../../../evil; nothing was written');
    expect(await papers()).toEqual(files);
  });

  it('a DOI Crossref does not know (HTTP 404): nothing written', async () => {
    const files = await papers();
    const result = await newPaper('doi:10.1234/missing');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'new: Crossref has no paper doi:10.1234/missing; nothing was written (use --offline',
    );
    expect(await papers()).toEqual(files);
  });

  it('no network: nothing written, and --offline writes the template with the id filled in', async () => {
    const closed = await startRecordingServer(() => 'hang');
    const address = closed.origin;
    await closed.close();
    const files = await papers();
    const refused = await run('new.ts', ['paper', '2101.00002'], {ARXIV_API_URL: `${address}/api/query`});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^new: could not reach arXiv at http:\/\/127\.0\.0\.1:\d+ \(.+\); nothing was written \(use --offline/,
    );
    expect(await papers()).toEqual(files);

    const before = server.requests.length;
    const offline = await newPaper('2101.00002', '--offline');
    expect(offline.stdout).toContain('Created papers/arxiv-2101-00002.md');
    expect(server.requests.length).toBe(before);
    const note = await readFile(path.join(site, 'papers/arxiv-2101-00002.md'), 'utf8');
    expect(note).toContain('arxiv: "2101.00002"\n');
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('gives up after 10 s without an answer, writing nothing', {timeout: 30_000}, async () => {
    const files = await papers();
    const result = await newPaper('2101.00001');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'new: arXiv did not answer within 10 s; nothing was written (use --offline to write the template with arXiv:2101.00001 filled in)\n',
    );
    expect(await papers()).toEqual(files);
  });
});

describe('npm run papers:import -- --fill', () => {
  it('completes entries that have an id but no author or year, only with --fill, and the notes pass the check', async () => {
    const bib = path.join(site, 'gaps.bib');
    await writeFile(
      bib,
      [
        '@misc{he2015deep,\n  title = {Deep Residual Learning},\n  eprint = {1512.03385v1},\n  archivePrefix = {arXiv}\n}',
        '@article{krizhevsky2017imagenet,\n  doi = {10.1145/3065386}\n}',
      ].join('\n'),
    );
    const importer = (...args: string[]) => run('papers-import.mts', [bib, ...args]);
    const before = server.requests.length;
    const offline = await importer('--dry-run');
    expect(offline.stdout).toContain(
      'skipped  gaps.bib:1 (he2015deep) author: is empty (expected at least one author)',
    );
    expect(offline.stdout).toContain('skipped  gaps.bib:6 (krizhevsky2017imagenet) title: required field is missing');
    expect(offline.stdout.trim().split('\n').at(-1)).toBe('0 to create, 2 skipped');
    expect(server.requests.length).toBe(before);

    const filled = await importer('--fill');
    expect(filled.stdout).toContain('filling  he2015deep from arXiv:1512.03385 (1 of 2)');
    expect(filled.stdout).toContain('filling  krizhevsky2017imagenet from doi:10.1145/3065386 (2 of 2)');
    // ResNet is logged already (by the note written above): once filled, it is matched by its id.
    expect(filled.stdout).toContain(
      'skipped  gaps.bib:1 (he2015deep) already in papers/deep-residual-learning-for-image-recognition.md',
    );
    expect(filled.stdout).toContain('created  papers/imagenet-classification-with-deep-convolutional-neural.md');
    expect(server.requests.slice(before).map((r) => r.url)).toEqual([
      '/api/query?id_list=1512.03385&max_results=1',
      '/works/10.1145%2F3065386?mailto=me%40example.org',
    ]);
    const note = await readFile(
      path.join(site, 'papers/imagenet-classification-with-deep-convolutional-neural.md'),
      'utf8',
    );
    expect(note).toContain('authors: ["Alex Krizhevsky", "Ilya Sutskever", "Geoffrey E. Hinton"]\n');
    const {problems} = await checkSite(site, {today: TODAY});
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('politeClient', () => {
  it('spaces two arXiv requests by three seconds, not a Crossref one', {timeout: 20_000}, async () => {
    const client = politeClient({userAgent: 'test', timeoutMs: 5_000});
    const before = server.requests.length;
    const accept = 'application/atom+xml';
    await Promise.all([
      client.get(`${server.origin}/api/query?id_list=1512.03385v1`, {accept, service: ARXIV}),
      client.get(`${server.origin}/api/query?id_list=1512.03385v1`, {accept, service: ARXIV}),
      client.get(`${server.origin}/works/10.1038/nature14539`, {accept: 'application/json', service: CROSSREF}),
    ]);
    const [first, second, crossref] = server.requests.slice(before);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(2_990);
    expect(crossref!.at - second!.at).toBeLessThan(1_000);
  });

  it('a request that hangs fails with the service named and the time it was given', async () => {
    const client = politeClient({userAgent: 'test', timeoutMs: 300});
    await expect(
      client.get(`${server.origin}/api/query?id_list=2101.00001`, {accept: 'application/atom+xml', service: ARXIV}),
    ).rejects.toEqual(new LookupError('arXiv did not answer within 0.3 s'));
  });
});
