import type { Agency, AgencyKey } from '../domain/agency';

/** An agency's full name as the plan spells it; an unknown key is shown as itself rather than dropped. */
export function agencyName(agencies: readonly Agency[], key: AgencyKey): string {
  return agencies.find((a) => a.key === key)?.name ?? key;
}

export function agencyNames(agencies: readonly Agency[], keys: readonly AgencyKey[]): string[] {
  return keys.map((key) => agencyName(agencies, key));
}
