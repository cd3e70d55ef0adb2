/**
 * What every HTTP response of the process gets, and what a request must show before anything answers it
 * (issue 17): security headers on every response (the API's, the client's, GraphiQL's, the 503 while starting),
 * and — when the server binds to loopback — a Host header that names this server, so that a page whose DNS name
 * was rebound to 127.0.0.1 cannot talk to it from the browser.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isLoopback } from '../config';
import { echo } from './echo';

/**
 * Scripts, styles, fonts and data from this origin only; no frames, no plugins, no base or form targets elsewhere.
 * Inline styles stay allowed: Cytoscape, React and GraphiQL's editor set them. Workers from blob: are GraphiQL's.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The Host values a loopback server answers to (`127.0.0.1:4000`, `localhost:4000`, `[::1]:4000`, and the bare
 * names on port 80); null when it binds elsewhere, where names are the operator's business (a proxy, a DNS name).
 */
export function allowedHosts(boundHost: string, port: number): ReadonlySet<string> | null {
  if (!isLoopback(boundHost)) return null;
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  if (!names.includes(boundHost)) names.push(boundHost.includes(':') ? `[${boundHost}]` : boundHost);
  return new Set(names.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`])));
}

function refuseHost(response: ServerResponse, host: string | undefined, hosts: ReadonlySet<string>): void {
  const message =
    `Host '${echo(host ?? '')}' is not this server: it answers to ${[...hosts].join(', ')} only (a page whose name ` +
    'points at 127.0.0.1 must not reach it).';
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'MISDIRECTED_REQUEST' } }] });
  response.writeHead(421, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/**
 * `handler()` behind the guards. `hosts()` is read per request: the port is known only once the server listens.
 */
export function guardRequests(
  handler: () => RequestListener,
  hosts: () => ReadonlySet<string> | null,
): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const allowed = hosts();
    const host = request.headers.host?.toLowerCase();
    if (allowed !== null && (host === undefined || !allowed.has(host))) {
      request.resume(); // drain the body so keep-alive connections stay usable
      refuseHost(response, host, allowed);
      return;
    }
    handler()(request, response);
  };
}
