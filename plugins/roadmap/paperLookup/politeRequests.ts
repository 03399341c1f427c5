/** Why a lookup could not be answered, in words that say what went wrong. */
export class LookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LookupError';
  }
}

/** An API and the pace its owner asks for. */
export interface Service {
  /** For messages: `arXiv`, `Crossref`. */
  name: string;
  /** Two requests to it start at least this far apart (arXiv asks for one every 3 s). */
  spacingMs: number;
}

export interface PoliteClient {
  /** GETs a URL of a service; resolves with the status and body text, or rejects with a LookupError. */
  get(url: string, request: {accept: string; service: Service}): Promise<{status: number; text: string}>;
}

export interface PoliteOptions {
  /** Sent with every request: who is asking, and how to reach them. */
  userAgent: string;
  /** Each request is abandoned after this long. */
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

/**
 * A client that keeps the APIs' terms: a descriptive User-Agent, a timeout,
 * and one request at a time, each service's spaced as its owner asks.
 */
export function politeClient(options: PoliteOptions): PoliteClient {
  const lastEnd = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();
  const request = async (url: string, {accept, service}: {accept: string; service: Service}) => {
    const wait = (lastEnd.get(service.name) ?? -Infinity) + service.spacingMs - performance.now();
    if (wait > 0) await sleep(wait);
    try {
      const response = await fetch(url, {
        headers: {'user-agent': options.userAgent, accept},
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      return {status: response.status, text: await response.text()};
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new LookupError(
        timedOut
          ? `${service.name} did not answer within ${options.timeoutMs / 1000} s`
          : `could not reach ${service.name} at ${new URL(url).origin} (${reason(error)})`,
      );
    } finally {
      // Spaced from the end of the last answer: however long a connection takes to
      // open, the server never sees two requests closer than it asked.
      lastEnd.set(service.name, performance.now());
    }
  };
  return {
    get(url, options) {
      // One request at a time, so the spacing holds for concurrent callers too.
      const result = queue.then(() => request(url, options));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

/** `ml-specialist-roadmap/0.1.0 (paper lookup; mailto:me@example.org)`: who is asking, as the APIs ask. */
export function userAgent(tool: {name: string; version: string}, mailto?: string): string {
  return `${tool.name}/${tool.version} (paper lookup of a knowledge-base site${mailto ? `; mailto:${mailto}` : ''})`;
}
