/**
 * Request body limit: importPolicy takes texts up to 2 MB, and a JSON body carrying one may be larger than the text
 * (escapes), so bodies up to 4 MiB are read; anything larger is refused with 413 and PAYLOAD_TOO_LARGE before it is
 * parsed — by Content-Length when given, else while the body is read (chunked uploads).
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

function tooLarge(limit: number): GraphQLError {
  const megabytes = (limit / 1024 / 1024).toFixed(0);
  return new GraphQLError(
    `Request body too large: the limit is ${megabytes} MB (importPolicy takes texts up to 2 MB).`,
    { extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } } },
  );
}

/**
 * The body read up to `limit` bytes, as a new request the parser can read. Reading it here rather than piping it
 * through a counting stream keeps the error ours: yoga's JSON parser turns a failing stream into "invalid JSON".
 */
async function limited(request: Request, limit: number): Promise<Request> {
  const body = request.body;
  if (!body) return request;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(chunk.value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}

export function bodyLimitPlugin(limit: number = MAX_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
      // A declared length within the limit is all there is to read: node's HTTP parser ends the body there. Only
      // bodies without one (chunked) are counted while read, which costs a second Request per request.
      if (declared !== null && declared.trim() !== '' && Number.isInteger(Number(declared))) return;
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (incoming) => parse(await limited(incoming, limit)));
    },
  };
}
