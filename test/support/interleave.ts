/**
 * `few` spread evenly through `many`, each keeping its order: the first of `few` leads, and the rest
 * follow at equal steps. With browser files (few, long, mostly waiting on the page) among unit files
 * (many, short, busy on the CPU), both cores stay busy from start to end.
 */
export function interleave<T>(few: readonly T[], many: readonly T[]): T[] {
  const step = (few.length + many.length) / Math.max(few.length, 1);
  const out: T[] = [];
  let taken = 0;
  few.forEach((item, i) => {
    const manyBefore = Math.round(i * step) - i;
    out.push(...many.slice(taken, manyBefore), item);
    taken = Math.max(taken, manyBefore);
  });
  return [...out, ...many.slice(taken)];
}
