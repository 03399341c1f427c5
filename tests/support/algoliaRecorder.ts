import {createServer, type IncomingMessage} from 'node:http';
import type {AddressInfo} from 'node:net';

/** One request the Algolia client made, as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** How the server answers one request: a status and a JSON body. */
export type Answer = {status: number; body: unknown};

export interface AlgoliaRecorder {
  /** `host:port`, as the clients' `hosts` option takes it. */
  host: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

/**
 * A stand-in for Algolia's REST API on 127.0.0.1 that records every request
 * and answers as Algolia documents it: writes return a task id, tasks are
 * published at once. `answer` may override any request (to fail one, say).
 */
export async function startAlgoliaRecorder(
  answer: (request: RecordedRequest) => Answer | undefined = () => undefined,
): Promise<AlgoliaRecorder> {
  const requests: RecordedRequest[] = [];
  let taskID = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: (req.url ?? '').split('?')[0] ?? '',
        headers: req.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
      requests.push(recorded);
      const given = answer(recorded);
      const reply = given ?? defaultAnswer(recorded, () => (taskID += 1));
      res.writeHead(reply.status, {'content-type': 'application/json'});
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function defaultAnswer(request: RecordedRequest, nextTask: () => number): Answer {
  const updatedAt = '2026-11-25T00:00:00.000Z';
  if (request.method === 'GET' && /\/task\/\d+$/.test(request.path))
    return {status: 200, body: {status: 'published', pendingTask: false}};
  if (request.path.endsWith('/batch')) {
    const {requests} = request.body as {requests: {body: {objectID: string}}[]};
    return {status: 200, body: {taskID: nextTask(), objectIDs: requests.map((r) => r.body.objectID)}};
  }
  if (request.method === 'PUT' && request.path.endsWith('/settings'))
    return {status: 200, body: {taskID: nextTask(), updatedAt}};
  if (request.path.endsWith('/operation')) return {status: 200, body: {taskID: nextTask(), updatedAt}};
  if (request.method === 'DELETE') return {status: 200, body: {taskID: nextTask(), deletedAt: updatedAt}};
  return {status: 404, body: {message: `no stand-in for ${request.method} ${request.path}`, status: 404}};
}
