import {gzipSync} from 'node:zlib';
import type {Browser, Page, Response} from 'playwright-core';

/** What a reader's browser downloads: as served (this server does not compress) and gzipped, as GitHub Pages sends it. */
export interface Download {
  files: number;
  bytes: number;
  gzipBytes: number;
}

// JavaScript, and the data a page fetches itself; page data that Docusaurus
// bundles into a JavaScript chunk (createData) is a script. Chunks prefetched
// for the links on the page ("other") are left out: they serve the next page.
const CODE_AND_DATA = new Set(['script', 'fetch', 'xhr']);

/**
 * Waits until React has hydrated the page: the route's chunks load after the
 * main bundle runs, and on a busy machine "network idle" can come first.
 * Docusaurus marks the end with data-has-hydrated.
 */
async function loaded(page: Page, url: string): Promise<void> {
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached', timeout: 60_000});
  await page.waitForLoadState('networkidle');
}

/** Sums the bodies of the responses `page` receives, from now until `stop()`, that `keep` accepts. */
function recordDownloads(page: Page, keep: (response: Response) => boolean): {stop: () => Promise<Download>} {
  const bodies: Promise<Buffer>[] = [];
  const listener = (response: Response) => {
    if (keep(response)) bodies.push(response.body().catch(() => Buffer.alloc(0)));
  };
  page.on('response', listener);
  return {
    async stop() {
      page.off('response', listener);
      const all = await Promise.all(bodies);
      return {
        files: all.length,
        bytes: all.reduce((sum, body) => sum + body.byteLength, 0),
        gzipBytes: all.reduce((sum, body) => sum + gzipSync(body).byteLength, 0),
      };
    },
  };
}

/** The JavaScript and data a first visit to `url` downloads (an empty cache, in Chromium). */
export async function pageDownload(browser: Browser, url: string): Promise<Download> {
  const page = await browser.newPage();
  const recording = recordDownloads(page, (response) => CODE_AND_DATA.has(response.request().resourceType()));
  await loaded(page, url);
  const download = await recording.stop();
  await page.close();
  return download;
}

/**
 * Everything a first search downloads beyond the page it starts from: the
 * Pagefind script, its WebAssembly, the index chunks the query needs and the
 * first five results' fragments. It calls Pagefind's own API, so it measures
 * the index whatever search box the site puts in front of it.
 */
export async function firstSearchDownload(browser: Browser, siteUrl: string, query: string): Promise<Download> {
  const page = await browser.newPage();
  await loaded(page, `${siteUrl}/`);
  const recording = recordDownloads(page, () => true);
  // A string, so that the compiler cannot rewrite the dynamic import for Node.
  await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
  })()`);
  await page.waitForLoadState('networkidle');
  const download = await recording.stop();
  await page.close();
  return download;
}

/** /graph at one size: what a first visit downloads with the map drawn, and how long the map takes. */
export interface GraphVisit {
  /** Scripts and data until the map has settled: the page, its data and the drawing library. */
  download: Download;
  /** The drawing library's chunk alone (the response that holds `marker`), gzipped. */
  libraryGzipBytes: number;
  /** The page's HTML (the list alternative is in it), gzipped. */
  htmlGzipBytes: number;
  /** Reduced motion, the layout computed at once: navigation start to the first full draw of the settled map. */
  settledMs: number;
  /** The same, from the page asking for the library to that draw: loading it, the layout and the draw. */
  layoutMs: number;
  /** Without reduced motion, the animated layout: navigation start until it stops and is drawn. */
  animatedSettledMs: number;
  /** What the map drew. */
  nodes: number;
  edges: number;
}

interface Settled {
  settledMs: number;
  layoutMs: number;
  nodes: number;
  edges: number;
}

async function settledGraph(page: Page, url: string): Promise<Settled> {
  await loaded(page, url);
  await page.locator('[data-state="settled"]').waitFor({state: 'attached', timeout: 120_000});
  // A string: see firstSearchDownload.
  return page.evaluate(`(() => {
    const mark = (name) => performance.getEntriesByName(name)[0].startTime;
    const drawn = /A map of (\\d+) pages and (\\d+) links/.exec(document.querySelector('[data-state]').getAttribute('aria-label'));
    return {
      settledMs: mark('graph-settled'),
      layoutMs: mark('graph-settled') - mark('graph-start'),
      nodes: Number(drawn[1]),
      edges: Number(drawn[2]),
    };
  })()`);
}

/** Weighs and times `url` (/graph) in Chromium, first with reduced motion, then animated. */
export async function graphVisit(browser: Browser, url: string, marker: string): Promise<GraphVisit> {
  const still = await browser.newPage({reducedMotion: 'reduce'});
  let libraryGzipBytes = 0;
  let htmlGzipBytes = 0;
  const library: Promise<void>[] = [];
  still.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'document')
      library.push(
        response.body().then(
          (body) => void (htmlGzipBytes = gzipSync(body).byteLength),
          () => undefined,
        ),
      );
    if (type === 'script')
      library.push(
        response.body().then(
          (body) => {
            if (body.includes(marker)) libraryGzipBytes = gzipSync(body).byteLength;
          },
          () => undefined,
        ),
      );
  });
  const recording = recordDownloads(still, (response) => CODE_AND_DATA.has(response.request().resourceType()));
  const {settledMs, layoutMs, nodes, edges} = await settledGraph(still, url);
  await still.waitForLoadState('networkidle');
  const download = await recording.stop();
  await Promise.all(library);
  await still.close();
  const moving = await browser.newPage({reducedMotion: 'no-preference'});
  const animated = await settledGraph(moving, url);
  await moving.close();
  return {
    download,
    libraryGzipBytes,
    htmlGzipBytes,
    settledMs,
    layoutMs,
    animatedSettledMs: animated.settledMs,
    nodes,
    edges,
  };
}
