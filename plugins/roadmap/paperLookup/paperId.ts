/** An identifier a paper can be looked up by. */
export type PaperId = {kind: 'arxiv'; id: string} | {kind: 'doi'; doi: string};

/** New style `1706.03762` (with a version or not), or old style `cs/0112017` / `math.GT/0309136`. */
const ARXIV = /^(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)$/;
const DOI = /^10\.\d{4,9}\/\S+$/;

/** A new-style id has four digits after YYMM up to 1412, five from 1501 on (arXiv's identifier scheme). */
function hasItsDigits(id: string): boolean {
  const [, yymm, number] = /^(\d{4})\.(\d+)/.exec(id) ?? [];
  if (yymm === undefined || number === undefined) return true;
  const month = Number(yymm.slice(2));
  return month >= 1 && month <= 12 && number.length === (Number(yymm) >= 1501 ? 5 : 4);
}

/**
 * What `npm run new -- paper X` was given, if X names a paper rather than a
 * title: `arXiv:1706.03762`, `1706.03762v7`, `cs/0112017`, an arxiv.org
 * `abs/` or `pdf/` URL, `doi:10.1038/nature14539` or a doi.org URL.
 */
export function paperIdOf(text: string): PaperId | undefined {
  const given = text.trim();
  const arxivUrl = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i.exec(given)?.[1];
  const arxiv = arxivUrl ?? given.replace(/^arxiv:\s*/i, '');
  if (ARXIV.test(arxiv) && hasItsDigits(arxiv)) return {kind: 'arxiv', id: arxiv};
  const doiUrl = /^https?:\/\/(?:dx\.)?doi\.org\/(.+)$/i.exec(given)?.[1];
  const doi = doiUrl === undefined ? given.replace(/^doi:\s*/i, '') : decodeURIComponent(doiUrl);
  if (DOI.test(doi)) return {kind: 'doi', doi};
  return undefined;
}

/** How the identifier reads in messages: `arXiv:1706.03762`, `doi:10.1038/nature14539`. */
export function paperIdLabel(id: PaperId): string {
  return id.kind === 'arxiv' ? `arXiv:${id.id}` : `doi:${id.doi}`;
}
