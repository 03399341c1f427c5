/**
 * The slice of Pagefind's browser API (`/pagefind/pagefind.js`) the search UI
 * uses. The script is loaded from the built site on first use, never bundled:
 * readers who do not search download none of it.
 */
export type PagefindFilters = Record<string, string | string[] | {any: string[]}>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  /** Plain text with the matched words in `<mark>` (Pagefind escapes the rest). */
  excerpt: string;
  meta: {title?: string; section?: string; kind?: string};
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** For each filter value: how many results match the words and every current filter. */
  filters: Record<string, Record<string, number>>;
  /** For each filter value: how many results match the words alone. */
  totalFilters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options: (options: {excerptLength?: number; baseUrl?: string}) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: {filters?: PagefindFilters}) => Promise<PagefindResponse>;
  debouncedSearch: (
    term: string | null,
    options?: {filters?: PagefindFilters},
    milliseconds?: number,
  ) => Promise<PagefindResponse | null>;
  /** Loads every filter's chunk; until then a response counts only the filters its search used. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export type Pagefind = PagefindModule;

/** Shown instead of results where there is no index: `docusaurus start` has no postBuild. */
export class SearchIndexMissing extends Error {}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once per page load; a failure is retried on the next call. */
export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    try {
      const pagefind = (await import(/* webpackIgnore: true */ bundleUrl)) as Pagefind;
      // The index stores whole paths, base URL included (plugins/search/pagefindIndex.ts);
      // Pagefind would otherwise put the base URL in front a second time.
      await pagefind.options({excerptLength: 24, baseUrl: '/'});
      await pagefind.init();
      return pagefind;
    } catch (error) {
      loading = undefined;
      throw new SearchIndexMissing(`no search index at ${bundleUrl}: ${String(error)}`);
    }
  })();
  return loading;
}
