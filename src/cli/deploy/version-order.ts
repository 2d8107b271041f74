/**
 * Orders app versions: numeric parts first (padded, so SharePoint's "1.2.0.0" equals "1.2.0"),
 * then a release after its pre-releases. Negative when a is older than b.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitPrerelease(a);
  const [coreB = '', preB] = splitPrerelease(b);
  const partsA = numericParts(coreA);
  const partsB = numericParts(coreB);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/** The newest of the versions, or null when there are none. */
export function newestVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>(
    (newest, version) => (newest === null || compareVersions(version, newest) > 0 ? version : newest),
    null,
  );
}

function splitPrerelease(version: string): [string, string | undefined] {
  const at = version.indexOf('-');
  return at < 0 ? [version.trim(), undefined] : [version.slice(0, at).trim(), version.slice(at + 1)];
}

function numericParts(core: string): number[] {
  return core.split('.').map((part) => Number.parseInt(part, 10) || 0);
}
