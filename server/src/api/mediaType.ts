/**
 * POSTs to /graphql take JSON only (issue 17: a form on any web page imported documents). A page of another site
 * can send a form (application/x-www-form-urlencoded), multipart/form-data or text/plain without asking the
 * browser first; a JSON body it can only send after a CORS preflight, which this server never grants. Everything
 * else gets 415 with a JSON error that says what to send.
 */
import type { Plugin } from 'graphql-yoga';
import { echo } from './echo';

/** Media types a GraphQL POST may carry. */
export const ACCEPTED_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'] as const;

function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The 415 answer, as a GraphQL response: clients read `errors[0].extensions.code` as for every other error. */
export function unsupportedMediaType(endpoint: string, contentType: string | null): Response {
  const got = contentType === null ? 'no Content-Type' : `Content-Type '${echo(mediaTypeOf(contentType))}'`;
  const message =
    `POST ${endpoint} takes a JSON body with Content-Type: application/json (or ` +
    `application/graphql-response+json); got ${got}. Forms, multipart and plain-text bodies are refused: any ` +
    'web page can send those.';
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
  return new Response(body, {
    status: 415,
    headers: { 'content-type': 'application/json; charset=utf-8', accept: ACCEPTED_MEDIA_TYPES.join(', ') },
  });
}

export function mediaTypePlugin(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'POST' || url.pathname !== graphqlEndpoint) return;
      const contentType = request.headers.get('content-type');
      const type = mediaTypeOf(contentType);
      if (!ACCEPTED_MEDIA_TYPES.some((accepted) => accepted === type))
        endResponse(unsupportedMediaType(graphqlEndpoint, contentType));
    },
  };
}
