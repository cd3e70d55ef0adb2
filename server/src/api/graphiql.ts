/**
 * GraphiQL as a small page and two static assets (issue 17: the bundled page was 9 MB of inline script and style,
 * uncompressed, and 20 clients fetching it slowed every query to seconds). The offline bundle of
 * @graphql-yoga/render-graphiql is split once into a stylesheet and a script named by their hash, compressed once
 * (brotli or gzip, by Accept-Encoding, off the main thread) and cached by browsers for a year. Without inline script
 * the page runs under the server's Content-Security-Policy (script-src 'self').
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { renderGraphiQL as renderBundledGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';

/** Where the assets are served. */
export const GRAPHIQL_ASSETS = '/graphiql/';

type Options = Parameters<typeof renderBundledGraphiQL>[0];

interface Asset {
  body: string | Buffer;
  contentType: string;
  compressed: Map<'br' | 'gzip', Promise<Uint8Array<ArrayBuffer>>>;
}

const ENCODERS = {
  // Quality 5: 9 MB in ~0.15 s to 1.9 MB; 11 would take seconds for 5% less.
  br: (body: string | Buffer) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body: string | Buffer) => promisify(gzip)(body, { level: 6 }),
};

function between(html: string, open: string, close: string): string {
  const start = html.indexOf(open);
  const end = html.lastIndexOf(close);
  if (start < 0 || end < start) throw new Error(`[api] GraphiQL bundle without ${open}: its layout changed`);
  return html.slice(start + open.length, end);
}

function assetName(body: string | Buffer, extension: string): string {
  return `${createHash('sha256').update(body).digest('hex').slice(0, 16)}.${extension}`;
}

/** The bundle's icon, a 150 KB data: URL, as bytes. */
const ICON = /<link rel="icon" href="data:([^;"]+);base64,([^"]+)" \/>/;

/** The page for `options` and its assets, by name; built once per options. */
function split(options: Options): { page: string; assets: Map<string, Asset> } {
  const bundled = renderBundledGraphiQL(options);
  const css = between(bundled, '<style>', '</style>');
  const js = between(bundled, '<script>', '</script>');
  const [iconLink = '', iconType = 'image/x-icon', iconData = ''] = ICON.exec(bundled) ?? [];
  const icon = Buffer.from(iconData, 'base64');
  const names = { css: assetName(css, 'css'), js: assetName(js, 'js'), icon: assetName(icon, 'ico') };
  const page = bundled
    .replace(`<style>${css}</style>`, `<link rel="stylesheet" href="${GRAPHIQL_ASSETS}${names.css}" />`)
    .replace(`<script>${js}</script>`, `<script src="${GRAPHIQL_ASSETS}${names.js}"></script>`)
    .replace(iconLink, iconLink === '' ? '' : `<link rel="icon" href="${GRAPHIQL_ASSETS}${names.icon}" />`);
  const asset = (body: string | Buffer, contentType: string): Asset => ({ body, contentType, compressed: new Map() });
  return {
    page,
    assets: new Map([
      [names.css, asset(css, 'text/css; charset=utf-8')],
      [names.js, asset(js, 'text/javascript; charset=utf-8')],
      [names.icon, asset(icon, iconType)],
    ]),
  };
}

function encodingFor(request: Request): 'br' | 'gzip' | null {
  const accepted = (request.headers.get('accept-encoding') ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  return /\bgzip\b/.test(accepted) ? 'gzip' : null;
}

async function respond(asset: Asset, request: Request): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': asset.contentType,
    'cache-control': 'public, max-age=31536000, immutable',
    vary: 'accept-encoding',
  };
  const encoding = encodingFor(request);
  if (encoding === null) {
    const body = typeof asset.body === 'string' ? asset.body : new Uint8Array(asset.body);
    return new Response(request.method === 'HEAD' ? null : body, { headers });
  }
  let compressed = asset.compressed.get(encoding);
  if (!compressed) {
    // Copied once into a plain Uint8Array, the body type Response takes.
    compressed = ENCODERS[encoding](asset.body).then((buffer) => new Uint8Array(buffer));
    asset.compressed.set(encoding, compressed);
  }
  const body = await compressed;
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: { ...headers, 'content-encoding': encoding, 'content-length': String(body.length) },
  });
}

/** yoga's `renderGraphiQL` (a page that loads the assets) and the plugin that serves them. */
export function graphiql(): { renderGraphiQL: (options: Options) => string; plugin: Plugin } {
  let built: { key: string; page: string; assets: Map<string, Asset> } | undefined;
  const build = (options: Options) => {
    const key = JSON.stringify(options ?? {});
    if (built?.key !== key) built = { key, ...split(options) };
    return built;
  };
  const plugin: Plugin = {
    async onRequest({ request, url, endResponse }) {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || !url.pathname.startsWith(GRAPHIQL_ASSETS)) return;
      const asset = built?.assets.get(url.pathname.slice(GRAPHIQL_ASSETS.length));
      endResponse(asset ? await respond(asset, request) : new Response('Not found', { status: 404 }));
    },
  };
  return { renderGraphiQL: (options) => build(options).page, plugin };
}
