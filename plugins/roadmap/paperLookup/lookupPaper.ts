import {parseArxivAtom} from './arxivAtom';
import {parseCrossrefWork} from './crossrefWork';
import {paperIdLabel, type PaperId} from './paperId';
import type {PaperMetadata} from './paperMetadata';
import {LookupError, politeClient, userAgent, type PoliteClient, type Service} from './politeRequests';

/** arXiv asks for one request every three seconds (its API terms of use). */
export const ARXIV: Service = {name: 'arXiv', spacingMs: 3000};
/** Crossref asks for no fixed pace; its polite pool wants a contact address instead. */
export const CROSSREF: Service = {name: 'Crossref', spacingMs: 0};

/** Where the APIs live; tests point them at a local server. */
interface LookupEndpoints {
  /** arXiv's query API, default `https://export.arxiv.org/api/query` (`ARXIV_API_URL`). */
  arxiv: string;
  /** Crossref's REST API, default `https://api.crossref.org` (`CROSSREF_API_URL`). */
  crossref: string;
  /** A contact address for Crossref's polite pool (`CROSSREF_MAILTO`), when set. */
  mailto?: string;
}

const DEFAULT_ENDPOINTS: LookupEndpoints = {
  arxiv: 'https://export.arxiv.org/api/query',
  crossref: 'https://api.crossref.org',
};

/** The endpoints from the environment, as the README documents them. */
function endpointsFrom(env: NodeJS.ProcessEnv): LookupEndpoints {
  return {
    arxiv: env.ARXIV_API_URL || DEFAULT_ENDPOINTS.arxiv,
    crossref: env.CROSSREF_API_URL || DEFAULT_ENDPOINTS.crossref,
    ...(env.CROSSREF_MAILTO ? {mailto: env.CROSSREF_MAILTO} : {}),
  };
}

/** The request for one paper: arXiv by `id_list` (a query value), Crossref by `/works/{doi}`, the DOI encoded whole. */
function lookupUrl(id: PaperId, endpoints: LookupEndpoints): string {
  if (id.kind === 'arxiv') {
    const url = new URL(endpoints.arxiv);
    url.searchParams.set('id_list', id.id);
    url.searchParams.set('max_results', '1');
    return url.toString();
  }
  // One path segment, its `/` as %2F (Crossref's documented form): a DOI may hold `../`, `?` or `#`,
  // and a DOI split at its slashes let `10.1234/../../../evil` ask for /evil.
  const url = new URL(`${endpoints.crossref.replace(/\/$/, '')}/works/${encodeURIComponent(id.doi)}`);
  if (endpoints.mailto) url.searchParams.set('mailto', endpoints.mailto);
  return url.toString();
}

/** Looks a paper up by its identifier; rejects with a LookupError that names what went wrong. */
async function lookupPaper(id: PaperId, endpoints: LookupEndpoints, client: PoliteClient): Promise<PaperMetadata> {
  const label = paperIdLabel(id);
  const service = id.kind === 'arxiv' ? ARXIV : CROSSREF;
  const {status, text} = await client.get(lookupUrl(id, endpoints), {
    accept: id.kind === 'arxiv' ? 'application/atom+xml' : 'application/json',
    service,
  });
  if (status === 404) throw new LookupError(`${service.name} has no paper ${label}`);
  if (status === 429 || status === 503)
    throw new LookupError(`${service.name} asks to slow down (HTTP ${status}); try again in a minute`);
  if (status !== 200) throw new LookupError(`${service.name} answered HTTP ${status} for ${label}`);
  if (id.kind === 'arxiv') {
    const answer = parseArxivAtom(text);
    if ('notFound' in answer) throw new LookupError(`arXiv has no paper ${label}`);
    if ('error' in answer) throw new LookupError(`arXiv could not answer for ${label} (${answer.error})`);
    return answer.found;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new LookupError(`Crossref's answer for ${label} is not JSON`);
  }
  const answer = parseCrossrefWork(body);
  if ('error' in answer) throw new LookupError(`Crossref could not answer for ${label} (${answer.error})`);
  return answer.found;
}

/** The APIs' users expect an answer within 10 s; past that, --offline is the better way. */
const TIMEOUT_MS = 10_000;

/**
 * How the site's scripts look papers up: the endpoints from the environment
 * and one polite client, whose User-Agent names the tool (and the contact
 * address, when set), shared by every lookup of a run.
 */
export function paperLookupFor(
  env: NodeJS.ProcessEnv,
  tool: {name: string; version: string},
): (id: PaperId) => Promise<PaperMetadata> {
  const endpoints = endpointsFrom(env);
  const client = politeClient({userAgent: userAgent(tool, endpoints.mailto), timeoutMs: TIMEOUT_MS});
  return (id) => lookupPaper(id, endpoints, client);
}
