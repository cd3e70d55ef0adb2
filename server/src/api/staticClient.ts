/**
 * Serves the built client (client/dist) from the API process: files for GET/HEAD outside /graphql with their
 * content type, a year of caching for the hashed /assets/*, the SPA's index.html for any other path, and a short
 * page saying to run `npm run build` while the client is not built. Paths are resolved inside the root only.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** client/dist of this repository. */
export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../../../client/dist', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>policy-cascade</title></head>
<body><h1>policy-cascade</h1><p>The client is not built. Run <code>npm run build</code> (or <code>npm start</code>,
which builds it first). The API is at <a href="/graphql">/graphql</a>.</p></body></html>`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file for a URL path inside `root`, or null for a path that escapes it or cannot be decoded. */
export function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function respond(path: string, method: string, immutable: boolean): Promise<Response> {
  const body = method === 'HEAD' ? null : await readFile(path);
  return new Response(body, {
    headers: {
      'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}

export function staticClientPlugin(clientDir: string = DEFAULT_CLIENT_DIR, graphqlEndpoint = '/graphql'): Plugin {
  const root = resolve(clientDir);
  const index = resolve(root, 'index.html');
  return {
    async onRequest({ request, url, endResponse }) {
      const method = request.method;
      if (method !== 'GET' && method !== 'HEAD') return;
      if (url.pathname === graphqlEndpoint || url.pathname.startsWith(`${graphqlEndpoint}/`)) return;
      if (url.pathname === '/health' || url.pathname === '/readiness') return;
      if (!(await isFile(index))) {
        endResponse(new Response(NOT_BUILT, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } }));
        return;
      }
      const path = fileFor(root, url.pathname);
      if (path === null) {
        endResponse(new Response('Bad path', { status: 400 }));
        return;
      }
      const asset = url.pathname.startsWith('/assets/');
      if (await isFile(path)) {
        endResponse(await respond(path, method, asset));
        return;
      }
      // A missing hashed asset is a stale page asking for an old build: 404, not the SPA shell.
      if (asset) endResponse(new Response('Not found', { status: 404 }));
      else endResponse(await respond(index, method, false));
    },
  };
}
