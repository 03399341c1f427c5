import {useEffect, useMemo, useState} from 'react';
import {queryToUrl, type PaperQuery} from '../../paperSearch/paperQuery';
import {algoliaLiteSearch} from '../../paperSearch/algoliaLiteClient';
import type {AlgoliaPaperIndex} from '../../model/paperLogPage';
import {algoliaPaperSearch} from '../../paperSearch/algoliaPaperSearch';
import {searchPapers, type PaperIndex, type PaperSearchResult} from '../../paperSearch/paperSearch';
import {localPaperSearch, type PaperSearchEngine} from '../../paperSearch/paperSearchEngine';

export interface PaperSearchState {
  result: PaperSearchResult;
  /** Said to the reader when the hosted search failed and the page's own answers instead. */
  notice?: string;
}

/**
 * The answer to a query of the log, from the page's own index or, when the
 * site is configured for it, from Algolia. While Algolia's first answer is on
 * its way the page's own answer stands in; when Algolia fails, the page's own
 * search takes over and says so.
 */
export function usePaperSearch(
  index: PaperIndex,
  algolia: AlgoliaPaperIndex | undefined,
  query: PaperQuery,
): PaperSearchState {
  const local = useMemo(() => localPaperSearch(index), [index]);
  // Set once Algolia's client has loaded; cleared when it fails, and the page's own search answers.
  const [hosted, setHosted] = useState<PaperSearchEngine>();
  const engine = hosted ?? local;
  const [notice, setNotice] = useState<string>();
  const [remote, setRemote] = useState<PaperSearchResult>();

  useEffect(() => {
    if (!algolia) return undefined;
    let live = true;
    algoliaLiteSearch(algolia).then(
      (search) => live && setHosted(algoliaPaperSearch(index, algolia.indexName, search)),
      (error: unknown) =>
        live && setNotice(`The hosted search could not load (${String(error)}); using this page's own.`),
    );
    return () => {
      live = false;
    };
  }, [index, algolia]);

  // The URL form stands for the query: a new object with the same content is the same search.
  const queryKey = queryToUrl(query);
  const answer = useMemo(() => engine.search(query), [engine, queryKey]);

  useEffect(() => {
    if (!(answer instanceof Promise)) return undefined;
    let live = true;
    answer.then(
      (result) => live && setRemote(result),
      (error: unknown) => {
        if (!live) return;
        setNotice(
          `Algolia did not answer (${error instanceof Error ? error.message : String(error)}); using this page's own search.`,
        );
        setHosted(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [answer]);

  if (!(answer instanceof Promise)) return {result: answer, ...(notice ? {notice} : {})};
  return {result: remote ?? searchPapers(index, query), ...(notice ? {notice} : {})};
}
