/** Conversion of neo4j-driver errors into StoreError, in one place (STYLE.md: one formatError). */
import { StoreError } from '../CypherStore';
import type { StoreErrorCode } from '../CypherStore';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

/**
 * Maps a driver error to a StoreError. `target` names the server (URI and user, never the password) so a message
 * says which server failed.
 */
export function toNeo4jStoreError(error: unknown, target: string, context: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = codeOf(typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '');
  const advice =
    code === 'UNAVAILABLE' ? ` (is Neo4j running at ${target}, and are NEO4J_USER/NEO4J_PASSWORD right?)` : '';
  return new StoreError(code, `[store] [neo4j] ${context}: ${message}${advice}`, { cause: error });
}

function codeOf(driverCode: string): StoreErrorCode {
  if (driverCode === 'Neo.ClientError.Schema.ConstraintValidationFailed') return 'CONSTRAINT';
  if (UNAVAILABLE_CODES.has(driverCode) || driverCode.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return 'UNAVAILABLE';
  }
  if (driverCode.startsWith('Neo.ClientError.Statement.') || driverCode.startsWith('Neo.ClientError.Procedure.')) {
    return 'QUERY';
  }
  if (driverCode.startsWith('Neo.ClientError.Database.DatabaseNotFound')) return 'UNAVAILABLE';
  return 'INTERNAL';
}
