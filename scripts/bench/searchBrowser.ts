import {readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import type {Browser, Response} from 'playwright-core';
import {gzipSize} from './servedSize';
import {runScriptFile} from '../harness/browser';

/** How a reader starts a search in one engine's navbar UI, and how its results look on screen. */
export interface SearchUi {
  /** Ours opens a dialog on click; lunr's box starts loading its index on focus. */
  open: {selector: string; action: 'click' | 'focus'};
  input: string;
  /** Any element of a shown result. */
  result: string;
  /** Paths that belong to the search (not, say, a favicon the browser asks for meanwhile). */
  counts: RegExp;
}

/** A built site being served: its address, and its folder (for sizes the browser does not report). */
export interface ServedSite {
  url: string;
  root: string;
}

export interface Download {
  /** Path on the site, e.g. `/pagefind/pagefind.js`. */
  path: string;
  /**
   * A `<link rel=prefetch>` of Docusaurus: a result is a `<Link>`, whose
   * route code the browser fetches at idle priority once it is on screen.
   * Not part of the search; Chromium gives no body for these, so their
   * size is the file's on disk.
   */
  prefetch: boolean;
  /** Body bytes as served (the static server does not compress; a body Chromium did not keep is read from the file). */
  bytes: number;
  /** What a host that gzips text would send (servedSize.ts). */
  gzipBytes: number;
}

export interface FirstQuery {
  word: string;
  /** From the click or focus that starts the search to the first result on screen. */
  ms: number;
  /** Everything fetched from that click until results are shown and the network is quiet. */
  downloads: Download[];
}

async function download(response: Response, root: string): Promise<Download> {
  const url = new URL(response.url());
  if ((await response.request().headerValue('sec-purpose')) === 'prefetch') {
    const {size} = await stat(path.join(root, decodeURIComponent(url.pathname)));
    return {path: url.pathname, prefetch: true, bytes: size, gzipBytes: size};
  }
  const body = await response.body().catch(async (error: unknown) => {
    // Chromium's inspector keeps no body over its cache size (lunr's index at
    // 3,000 pages is 14 MB): read the file served instead; the server sends it
    // byte for byte.
    if (!String(error).includes('evicted from inspector cache')) throw error;
    return readFile(path.join(root, decodeURIComponent(url.pathname)));
  });
  return {
    path: url.pathname,
    prefetch: false,
    bytes: body.byteLength,
    gzipBytes: gzipSize(url.pathname, body),
  };
}

/**
 * The home page of the built site in a fresh browser context (empty cache),
 * once React has hydrated `selector`: a click before that is lost.
 */
async function openSite(browser: Browser, siteUrl: string, selector = 'nav.navbar') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}/`, {waitUntil: 'networkidle'});
  // React marks the elements it has hydrated with a `__reactFiber$…` property.
  await page.waitForFunction((selector) => {
    const element = document.querySelector(selector);
    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
  }, selector);
  return {context, page};
}

/**
 * The first search of a reader who has just opened the home page: the click
 * (or focus) and the word arrive in one task, as if pasted, and the time runs
 * until the first result element is in the document. Measured inside the page
 * (performance.now), so Playwright's round trips are not counted.
 */
export async function firstQuery(browser: Browser, site: ServedSite, ui: SearchUi, word: string): Promise<FirstQuery> {
  const {context, page} = await openSite(browser, site.url, ui.input);
  const responses: Promise<Download>[] = [];
  const record = (response: Response) => {
    const downloaded = download(response, site.root);
    // Observed now, awaited below: a failure must not end the process before it is reported.
    downloaded.catch(() => {});
    responses.push(downloaded);
  };
  try {
    // On the context, not the page: both engines fetch their index from a web worker.
    context.on('response', record);
    const ms = await page.evaluate(
      ({ui, word}) =>
        new Promise<number>((resolve, reject) => {
          const started = performance.now();
          const opener = document.querySelector<HTMLElement>(ui.open.selector);
          const input = document.querySelector<HTMLInputElement>(ui.input);
          if (!opener || !input) throw new Error(`no ${ui.open.selector} or ${ui.input} on the page`);
          if (ui.open.action === 'click') opener.click();
          else opener.focus();
          // The native setter, so that React sees a change; both UIs listen to `input`.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, word);
          input.dispatchEvent(new Event('input', {bubbles: true}));
          // No named functions in here: tsx would wrap them in a `__name` helper the page does not have.
          const observer = new MutationObserver(() => {
            if (document.querySelector(ui.result) === null) return;
            observer.disconnect();
            resolve(performance.now() - started);
          });
          observer.observe(document.body, {childList: true, subtree: true});
          setTimeout(() => {
            observer.disconnect();
            reject(new Error(`no ${ui.result} after 60 s for "${word}"`));
          }, 60_000);
        }),
      {ui, word},
    );
    await page.waitForLoadState('networkidle');
    context.off('response', record);
    return {word, ms, downloads: await Promise.all(responses)};
  } finally {
    // No body may still be on its way when the context closes (its promise would reject unobserved).
    context.off('response', record);
    await Promise.allSettled(responses);
    await context.close();
  }
}

/** One engine driven directly, without its UI, in a fresh page. */
export interface EngineQuery {
  word: string;
  /** Fetching and starting the engine (Pagefind: script and init; lunr: the whole index, parsed and loaded). */
  loadMs: number;
  /** The first query after that (Pagefind fetches its wasm and index chunks here). */
  searchMs: number;
  /** A second query, another word, in the same page: what every later search costs. */
  warmMs: number;
  results: number;
}

/**
 * Pagefind alone, as our client drives it (plugins/search/client): import the
 * script, set the excerpt length, init, search, load the first 8 results.
 */
export async function pagefindQuery(
  browser: Browser,
  siteUrl: string,
  word: string,
  nextWord: string,
): Promise<EngineQuery> {
  const {context, page} = await openSite(browser, siteUrl);
  try {
    const timing = await page.evaluate(
      async ({word, nextWord}) => {
        interface Pagefind {
          options: (options: {excerptLength: number}) => Promise<void>;
          init: () => Promise<void>;
          search: (term: string) => Promise<{results: {data: () => Promise<unknown>}[]}>;
        }
        const started = performance.now();
        const url = '/pagefind/pagefind.js';
        const pagefind = (await import(url)) as Pagefind;
        await pagefind.options({excerptLength: 24});
        await pagefind.init();
        const loaded = performance.now();
        const response = await pagefind.search(word);
        await Promise.all(response.results.slice(0, 8).map((result) => result.data()));
        const searched = performance.now();
        const next = await pagefind.search(nextWord);
        await Promise.all(next.results.slice(0, 8).map((result) => result.data()));
        return {
          loadMs: loaded - started,
          searchMs: searched - loaded,
          warmMs: performance.now() - searched,
          results: response.results.length,
        };
      },
      {word, nextWord},
    );
    return {word, ...timing};
  } finally {
    await context.close();
  }
}

/**
 * The lunr plugin's engine alone, as its worker drives it: fetch the index,
 * parse it, load its five lunr indexes (titles, headings, descriptions,
 * keywords, text); then one plain `search` per index. The plugin's own
 * queries add wildcards and fuzzy terms, so its search is slower than this.
 * lunr itself is injected from the plugin's install, not fetched.
 */
export async function lunrQuery(
  browser: Browser,
  siteUrl: string,
  lunrScript: string,
  indexPath: string,
  word: string,
  nextWord: string,
): Promise<EngineQuery> {
  const {context, page} = await openSite(browser, siteUrl);
  try {
    await runScriptFile(page, lunrScript);
    const timing = await page.evaluate(
      async ({indexPath, word, nextWord}) => {
        interface LunrIndex {
          search: (query: string) => unknown[];
        }
        const lunr = (window as unknown as {lunr: {Index: {load: (json: unknown) => LunrIndex}}}).lunr;
        const started = performance.now();
        const wrapped = (await (await fetch(indexPath)).json()) as {index: unknown}[];
        const indexes = wrapped.map((part) => lunr.Index.load(part.index));
        const loaded = performance.now();
        const hits = indexes.map((index) => index.search(word).length);
        const searched = performance.now();
        for (const index of indexes) index.search(nextWord);
        return {
          loadMs: loaded - started,
          searchMs: searched - loaded,
          warmMs: performance.now() - searched,
          results: Math.max(...hits),
        };
      },
      {indexPath, word, nextWord},
    );
    return {word, ...timing};
  } finally {
    await context.close();
  }
}
