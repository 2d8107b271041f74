/**
 * `few` spread evenly through the first `share` of the result, `many` filling the rest, each list
 * keeping its order. With browser files (few, long, mostly waiting on the page) early among unit
 * files (many, short, busy on the CPU), both cores stay busy to the end instead of waiting on the
 * last browser files.
 */
export function interleave<T>(few: readonly T[], many: readonly T[], share = 1): T[] {
  const step = (share * (few.length + many.length)) / Math.max(few.length, 1);
  const out: T[] = [];
  let taken = 0;
  few.forEach((item, i) => {
    const manyBefore = Math.min(Math.round(i * step) - i, many.length);
    out.push(...many.slice(taken, manyBefore), item);
    taken = Math.max(taken, manyBefore);
  });
  return [...out, ...many.slice(taken)];
}
