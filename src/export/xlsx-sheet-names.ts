/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * Sheet names for agencies that cannot clash with each other or with the fixed sheets: Excel
 * compares names without regard to case, and a duplicate makes the whole workbook invalid.
 */
export function uniqueSheetNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  return wanted.map((raw) => {
    const base = clean(raw);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_LENGTH - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function clean(raw: string): string {
  const name = raw
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_LENGTH)
    .trim();
  // "History" is reserved by Excel for its change-tracking sheet.
  return name === '' || name.toLowerCase() === 'history' ? 'Agency' : name;
}
