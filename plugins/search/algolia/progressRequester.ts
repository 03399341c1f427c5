import type {algoliasearch} from 'algoliasearch';

/** The client's HTTP requester type, as algoliasearch's options name it. */
export type Requester = NonNullable<NonNullable<Parameters<typeof algoliasearch>[2]>['requester']>;

/**
 * Wraps the client's HTTP requester to report each `batch` request as it is
 * answered: replaceAllObjects sends them one after another and gives no
 * progress of its own.
 */
export function progressRequester(inner: Requester, totalBatches: number, report: (line: string) => void): Requester {
  let sent = 0;
  return {
    async send(request) {
      const response = await inner.send(request);
      if (request.method === 'POST' && /\/1\/indexes\/[^/]+\/batch(\?|$)/.test(request.url) && response.status < 300) {
        sent += 1;
        report(`[search:algolia] batch ${sent} of ${totalBatches} sent`);
      }
      return response;
    },
  };
}
