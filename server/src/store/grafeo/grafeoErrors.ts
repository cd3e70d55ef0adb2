/** Conversion of grafeo errors into StoreError, in one place. */
import { StoreError } from '../CypherStore';
import type { StoreErrorCode } from '../CypherStore';

/**
 * Maps an error thrown by @grafeo-db/js to a StoreError. Grafeo errors carry an ISO GQLSTATUS (`42001` syntax error,
 * `22012` division by zero, `40000` transaction conflict); the class (first two characters) picks the code.
 */
export function toGrafeoStoreError(error: unknown, context: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const status = (error as { gqlStatus?: unknown } | null)?.gqlStatus;
  const code = codeOf(typeof status === 'string' ? status : undefined, message);
  return new StoreError(code, `[store] [grafeo] ${context}: ${message}`, { cause: error });
}

function codeOf(status: string | undefined, message: string): StoreErrorCode {
  if (status?.startsWith('42') || status?.startsWith('22')) return 'QUERY';
  if (status?.startsWith('23') || /constraint|unique/i.test(message)) return 'CONSTRAINT';
  if (/lock|permission|no such file|closed/i.test(message)) return 'UNAVAILABLE';
  return 'INTERNAL';
}
