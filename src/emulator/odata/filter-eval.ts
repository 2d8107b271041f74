import type { FilterExpression, Literal } from './filter-parser';

/** Reads a property's value from whatever is being filtered; undefined when it has none. */
export type PropertyReader = (property: string) => Literal | undefined;

export function matchesFilter(expression: FilterExpression, read: PropertyReader): boolean {
  switch (expression.kind) {
    case 'and':
      return matchesFilter(expression.left, read) && matchesFilter(expression.right, read);
    case 'or':
      return matchesFilter(expression.left, read) || matchesFilter(expression.right, read);
    case 'startswith': {
      const value = read(expression.property);
      return typeof value === 'string' && value.toLowerCase().startsWith(expression.value.toLowerCase());
    }
    case 'compare':
      return compare(expression.op, read(expression.property) ?? null, expression.value);
  }
}

function compare(op: string, actual: Literal, expected: Literal): boolean {
  if (op === 'eq') return actual === expected;
  if (op === 'ne') return actual !== expected;
  const comparable =
    (typeof actual === 'number' && typeof expected === 'number') ||
    (typeof actual === 'string' && typeof expected === 'string');
  if (!comparable) return false;
  const a = actual as number | string;
  const b = expected as number | string;
  if (op === 'gt') return a > b;
  if (op === 'ge') return a >= b;
  if (op === 'lt') return a < b;
  return a <= b;
}
