import {arxivWithoutVersion} from './arxivId';

/** One DOI whatever its case (the DOI handbook: DOIs are case-insensitive). */
export function doiKey(doi: string): string {
  return doi.toLowerCase();
}

/** Whether two notes log one paper by its identifiers: the same arXiv id (any version) or DOI (any case). */
export function samePaperId(a: {arxiv?: string; doi?: string}, b: {arxiv?: string; doi?: string}): boolean {
  return (
    (a.arxiv !== undefined && b.arxiv !== undefined && arxivWithoutVersion(a.arxiv) === arxivWithoutVersion(b.arxiv)) ||
    (a.doi !== undefined && b.doi !== undefined && doiKey(a.doi) === doiKey(b.doi))
  );
}
