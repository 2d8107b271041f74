import type { Action } from './action';
import type { Agency, AgencyKey } from './agency';
import type { Member } from './member';
import { err, ok, type Result } from './result';
import { SINGLE_LINE_LIMIT } from './text-limits';

export type AgencyConfigError = {
  readonly code: 'AGENCY.NAME_REQUIRED' | 'AGENCY.DUPLICATE' | 'AGENCY.IN_USE' | 'AGENCY.TOO_LONG' | 'AGENCY.NOT_FOUND';
  readonly message: string;
};

/** A key for a new agency from its short name: `Housing` → `housing`, `Youth Offending Team` → `youth-offending-team`. */
export function agencyKeyFor(shortName: string): AgencyKey {
  return shortName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 'a-$1')
    .slice(0, 40);
}

function checkNames(name: string, shortName: string): AgencyConfigError | null {
  if (!name.trim() || !shortName.trim())
    return { code: 'AGENCY.NAME_REQUIRED', message: 'Give the agency a name and a short name.' };
  if (name.length > SINGLE_LINE_LIMIT)
    return { code: 'AGENCY.TOO_LONG', message: `Keep the name under ${SINGLE_LINE_LIMIT} characters.` };
  if (shortName.length > 40) return { code: 'AGENCY.TOO_LONG', message: 'Keep the short name under 40 characters.' };
  return null;
}

export function addAgency(
  agencies: readonly Agency[],
  name: string,
  shortName: string,
): Result<Agency[], AgencyConfigError> {
  const problem = checkNames(name, shortName);
  if (problem) return err(problem);
  const key = agencyKeyFor(shortName);
  if (!key || agencies.some((a) => a.key === key || a.shortName.toLowerCase() === shortName.trim().toLowerCase())) {
    return err({ code: 'AGENCY.DUPLICATE', message: `There is already an agency called ${shortName.trim()}.` });
  }
  return ok([...agencies, { key, name: name.trim(), shortName: shortName.trim() }]);
}

export function renameAgency(
  agencies: readonly Agency[],
  key: AgencyKey,
  name: string,
  shortName: string,
): Result<Agency[], AgencyConfigError> {
  const problem = checkNames(name, shortName);
  if (problem) return err(problem);
  if (!agencies.some((a) => a.key === key))
    return err({ code: 'AGENCY.NOT_FOUND', message: 'That agency is no longer in the plan.' });
  if (agencies.some((a) => a.key !== key && a.shortName.toLowerCase() === shortName.trim().toLowerCase())) {
    return err({ code: 'AGENCY.DUPLICATE', message: `There is already an agency called ${shortName.trim()}.` });
  }
  return ok(agencies.map((a) => (a.key === key ? { ...a, name: name.trim(), shortName: shortName.trim() } : a)));
}

/** An agency can leave the plan only when no action or member depends on it. */
export function removeAgency(
  agencies: readonly Agency[],
  key: AgencyKey,
  used: {
    readonly actions: readonly Pick<Action, 'leadAgency' | 'contributingAgencies'>[];
    readonly members: readonly Pick<Member, 'agency'>[];
  },
): Result<Agency[], AgencyConfigError> {
  const leads = used.actions.filter((a) => a.leadAgency === key || a.contributingAgencies.includes(key)).length;
  const people = used.members.filter((m) => m.agency === key).length;
  if (leads > 0 || people > 0) {
    const what = [
      leads ? `${leads} action${leads === 1 ? '' : 's'}` : '',
      people ? `${people} member${people === 1 ? '' : 's'}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return err({
      code: 'AGENCY.IN_USE',
      message: `This agency is used by ${what}; move them to another agency first.`,
    });
  }
  return ok(agencies.filter((a) => a.key !== key));
}
