import {createServer, type IncomingHttpHeaders} from 'node:http';
import type {AddressInfo} from 'node:net';

/** One request as the server received it, and when. */
export interface Recorded {
  method: string;
  /** Path and query, e.g. `/api/query?id_list=1706.03762`. */
  url: string;
  headers: IncomingHttpHeaders;
  /** `performance.now()` when it arrived. */
  at: number;
}

/** A status, a content type and a body; `'hang'` never answers (for timeouts). */
export type Reply = {status: number; type: string; body: string} | 'hang';

export interface RecordingServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  requests: Recorded[];
  close: () => Promise<void>;
}

/**
 * A stand-in for a remote API on 127.0.0.1: records every request and answers
 * with what `reply` says, in the API's documented format. No test reaches the
 * internet.
 */
export async function startRecordingServer(reply: (request: Recorded) => Reply): Promise<RecordingServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const recorded = {method: req.method ?? '', url: req.url ?? '', headers: req.headers, at: performance.now()};
    requests.push(recorded);
    const answer = reply(recorded);
    if (answer === 'hang') return;
    res.writeHead(answer.status, {'content-type': answer.type});
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
