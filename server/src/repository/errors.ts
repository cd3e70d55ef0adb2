/** Errors the repository raises for bad input or unexpected rows, with a code resolvers can map to GraphQL. */

export type RepositoryErrorCode = 'BAD_INPUT' | 'BAD_ROW';

export class RepositoryError extends Error {
  constructor(
    readonly code: RepositoryErrorCode,
    message: string,
  ) {
    super(`[repository] ${message}`);
    this.name = 'RepositoryError';
  }
}

/** Checks an integer argument against its allowed range, naming the operation and field when it is out of it. */
export function checkInt(operation: string, field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RepositoryError('BAD_INPUT', `${operation}: ${field} must be an integer ${min}..${max}, got ${value}`);
  }
  return value;
}

/** Checks a non-empty id argument. */
export function checkId(operation: string, field: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RepositoryError('BAD_INPUT', `${operation}: ${field} must be a non-empty id`);
  }
  return value;
}
