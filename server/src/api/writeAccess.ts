/**
 * Who may write (issue 17: any web page could import documents). With CASCADE_WRITE_TOKEN set, importPolicy needs
 * `Authorization: Bearer <token>`, compared in constant time; without it, writes are allowed only when the server
 * binds to loopback, where nobody but this machine reaches it (the content-type check stops other sites' pages).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

export interface WriteAccess {
  /** CASCADE_WRITE_TOKEN, when set. */
  token: string | undefined;
  /** Without a token: whether writes are allowed (the server binds to loopback). */
  openWithoutToken: boolean;
}

/** Open: what tests and an embedding app get unless they say otherwise. */
export const OPEN_WRITES: WriteAccess = { token: undefined, openWithoutToken: true };

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Equal digests, compared in constant time: how long it takes says nothing about the token. */
function sameToken(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

function bearer(authorization: string | null): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/** Throws UNAUTHENTICATED (401) or FORBIDDEN (403) unless this request may write. */
export function authorizeWrite(access: WriteAccess, authorization: string | null): void {
  if (access.token === undefined) {
    if (access.openWithoutToken) return;
    throw new GraphQLError(
      'Imports are off: this server is reachable from other machines and has no CASCADE_WRITE_TOKEN. Set it to ' +
        'allow imports with Authorization: Bearer <token>, or bind the server to 127.0.0.1.',
      { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
    );
  }
  const given = bearer(authorization);
  if (given !== null && sameToken(given, access.token)) return;
  const message =
    given === null
      ? 'Imports need the write token: send Authorization: Bearer <token> (CASCADE_WRITE_TOKEN on the server).'
      : 'The write token is wrong.';
  throw new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}

/** True when the request carries the review token (CASCADE_REVIEW_TOKEN); false whenever the server has none. */
export function holdsReviewToken(reviewToken: string | undefined, authorization: string | null): boolean {
  const given = bearer(authorization);
  return reviewToken !== undefined && given !== null && sameToken(given, reviewToken);
}

/**
 * Throws FORBIDDEN (403) unless this request carries the review token. Unlike imports, reviews are never open
 * without a token, not even on loopback: a review changes what every reader is told is carried down.
 */
export function authorizeReview(reviewToken: string | undefined, authorization: string | null): void {
  if (holdsReviewToken(reviewToken, authorization)) return;
  const message =
    reviewToken === undefined
      ? 'Reviews are off: this server has no CASCADE_REVIEW_TOKEN. Set it to allow reviews with Authorization: Bearer <token>.'
      : bearer(authorization) === null
        ? 'Reviews need the review token: send Authorization: Bearer <token> (CASCADE_REVIEW_TOKEN on the server).'
        : 'The review token is wrong.';
  throw new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
