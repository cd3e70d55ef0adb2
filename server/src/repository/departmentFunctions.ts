/** Department functions (development-reform, science …) as the alias table names them, and reading one asked for. */
import { canonicalizeDepartment, departmentFunctions as tableFunctions } from '@policy-cascade/graph-seed';
import { RepositoryError } from './errors';

export interface DepartmentFunction {
  key: string;
  /** The department that owns the function (发改局 for development-reform). */
  name: string;
}

/** Every function key of the alias table with its department, in table order. */
export function departmentFunctions(): DepartmentFunction[] {
  return tableFunctions();
}

/**
 * The function asked for: a key (development-reform), or a department name in any spelling (发改局, 發展和改革局),
 * which stands for its first function. Anything else is refused, naming the keys there are.
 */
export function functionOf(value: string): DepartmentFunction {
  const functions = departmentFunctions();
  const byKey = functions.find((entry) => entry.key === value.trim());
  if (byKey) return byKey;
  const [key] = canonicalizeDepartment(value, '330000').functions;
  const byName = functions.find((entry) => entry.key === key);
  if (byName) return byName;
  const keys = functions.map((entry) => entry.key).join(', ');
  throw new RepositoryError('BAD_INPUT', `departmentFunction: '${value}' is no function key or department (${keys})`);
}

/**
 * Names of the function keys the aggregates group by: each key's department, and the two groups of money whose lead
 * is unknown (unassigned) or not in the alias table (other).
 */
export const LEAD_FUNCTION_NAMES: ReadonlyMap<string, string> = new Map([
  ...departmentFunctions().map((entry): [string, string] => [entry.key, entry.name]),
  ['unassigned', 'no lead department'],
  ['other', 'departments outside the alias table'],
]);
