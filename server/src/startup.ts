/**
 * Getting the graph ready at start, with retries: Neo4j may come up after the explorer (docker compose starts both)
 * or go away for a while. Until the graph is ready the HTTP port already answers, with a GraphQL error saying why,
 * so a user sees "the store is not reachable" rather than a refused connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StoreError } from './store/CypherStore';

/** A request handler for the time before the graph is ready: 503 with a GraphQL-shaped error and Retry-After. */
export function notReadyHandler(reason: string, retryAfterSeconds: number) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    request.resume(); // drain the body so keep-alive connections stay usable
    const body = JSON.stringify({ errors: [{ message: reason, extensions: { code: 'STORE_UNAVAILABLE' } }] });
    response.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      'retry-after': String(retryAfterSeconds),
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  };
}

export interface RetryOptions {
  /** Called before each wait with the error and the delay that follows. */
  onRetry(error: StoreError, delayMs: number, attempt: number): void;
  /** First delay; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Runs `attempt` until it succeeds. Only an unreachable store (StoreError UNAVAILABLE) is retried: a corpus that
 * does not parse or a Cypher error will not fix itself, so those are thrown at once.
 */
export async function retryWhileUnavailable<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxDelay = options.maxDelayMs ?? 30_000;
  let delay = options.initialDelayMs ?? 1000;
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'UNAVAILABLE') throw error;
      options.onRetry(error, delay, n);
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
