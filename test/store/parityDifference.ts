/**
 * The first place where two answers differ, as `at <path>: grafeo <value>, neo4j <value>`, or undefined when they
 * are deeply equal. Stricter than toEqual where stores tend to differ: a missing key is not an undefined one, a
 * null is not a missing value, and list order counts.
 */
export function firstDifference(grafeo: unknown, neo4j: unknown, path = '$'): string | undefined {
  if (Object.is(grafeo, neo4j)) return undefined;
  const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 160) ?? String(value);
  const differ = () => `at ${path}: grafeo ${shown(grafeo)}, neo4j ${shown(neo4j)}`;
  if (typeof grafeo !== 'object' || typeof neo4j !== 'object' || grafeo === null || neo4j === null) return differ();
  if (Array.isArray(grafeo) !== Array.isArray(neo4j)) return differ();
  if (Array.isArray(grafeo) && Array.isArray(neo4j)) {
    if (grafeo.length !== neo4j.length) return `at ${path}: grafeo has ${grafeo.length} items, neo4j ${neo4j.length}`;
    for (let i = 0; i < grafeo.length; i += 1) {
      const difference = firstDifference(grafeo[i], neo4j[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  const a = grafeo as Record<string, unknown>;
  const b = neo4j as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    if (!(key in a) || !(key in b)) return `at ${path}.${key}: ${key in a ? 'neo4j' : 'grafeo'} has no such key`;
    const difference = firstDifference(a[key], b[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}
