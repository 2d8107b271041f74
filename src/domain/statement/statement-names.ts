import type { Agency, AgencyKey } from '../agency';
import type { Plan } from '../plan';

/** `Haringey safeguarding partnership`: the body that owns the statement. */
export function partnershipName(plan: Pick<Plan, 'area'>): string {
  const area = plan.area.trim();
  return area === '' ? 'The safeguarding partnership' : `${area} safeguarding partnership`;
}

/**
 * The inspection's full title as the inspectorates word it, e.g. "Joint targeted area inspection
 * of the multi-agency response to abuse and neglect in Haringey".
 */
export function inspectionTitle(plan: Pick<Plan, 'area' | 'inspectionType' | 'theme'>): string {
  const area = plan.area.trim() || 'the local area';
  const theme = plan.theme.trim();
  switch (plan.inspectionType) {
    case 'jtai':
      return theme === ''
        ? `Joint targeted area inspection of the multi-agency response in ${area}`
        : `Joint targeted area inspection of the multi-agency response to ${theme} in ${area}`;
    case 'ilacs':
      return `Inspection of local authority children's services in ${area}`;
    case 'area-send':
      return `Area SEND inspection of the ${area} local area partnership`;
    case 'other':
      return theme === '' ? `Inspection in ${area}` : `Inspection of ${theme} in ${area}`;
  }
}

/** The three statutory safeguarding partners, by the agency that stands for each in a plan. */
const STATUTORY_PARTNERS: readonly { readonly key: AgencyKey; readonly role: string; readonly inProse: string }[] = [
  { key: 'childrens-social-care', role: 'local authority', inProse: 'the local authority' },
  { key: 'police', role: 'police', inProse: 'the police' },
  { key: 'health', role: 'health', inProse: 'health services' },
];

export interface StatutoryPartner {
  readonly key: AgencyKey;
  /** `police`, `health`, `local authority`: the partner's part in plain words. */
  readonly role: string;
  /** The partner as a sentence names it: `the police`, `health services`. */
  readonly inProse: string;
  /** The agency's name as the plan spells it. */
  readonly name: string;
}

/** The statutory partners among the plan's agencies, local authority first, then police, then health. */
export function statutoryPartners(agencies: readonly Agency[]): StatutoryPartner[] {
  return STATUTORY_PARTNERS.flatMap(({ key, role, inProse }) => {
    const agency = agencies.find((a) => a.key === key);
    return agency ? [{ key, role, inProse, name: agency.name }] : [];
  });
}

/** An agency's part in plain words: `police`, `local authority`, or the agency's short name. */
export function agencyRoleWords(agencies: readonly Agency[], key: AgencyKey): string {
  const statutory = STATUTORY_PARTNERS.find((p) => p.key === key);
  if (statutory) return statutory.role;
  return agencies.find((a) => a.key === key)?.shortName ?? key;
}

/** `one`, `two` … `nine`, then digits, as British house style writes counts in prose. */
export function countWords(n: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return words[n] ?? String(n);
}

/** `one area for improvement`, `31 areas for improvement`. */
export function counted(n: number, singular: string, plural: string): string {
  return `${countWords(n)} ${n === 1 ? singular : plural}`;
}

/** `a, b and c`. */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
