import { canonicalAction, type CanonicalAction } from '../action-canonical';
import type { Agency, AgencyKey } from '../agency';
import type { Finding } from '../finding';
import type { PlanId } from '../ids';
import type { Plan } from '../plan';
import type { PlanSnapshot } from '../plan-snapshot';

export { canonicalAction, type CanonicalAction, type CanonicalMilestone } from '../action-canonical';

/** Bumped when what is signed changes, so older hashes can never match content read the new way. */
export const CANONICAL_VERSION = 1;

// Type aliases (and picks, which are types) rather than interfaces, so these stay assignable to JsonValue for hashing.

/** The plan's facts as signed: the plan's own, its agencies in key order, and its statement texts once written. */
export type CanonicalPlanFacts = Pick<
  Plan,
  | 'id'
  | 'title'
  | 'area'
  | 'inspectionType'
  | 'theme'
  | 'letterDate'
  | 'fieldwork'
  | 'principalAuthority'
  | 'printedDeadline'
> & {
  readonly agencies: readonly Pick<Agency, 'key' | 'name' | 'shortName'>[];
  /** The statement's foreword as the DCS wrote it; absent while unwritten, so older hashes still match. */
  readonly foreword?: string;
  /** The statement's governance and monitoring arrangements; absent while unwritten. */
  readonly monitoringArrangements?: string;
};

/** A finding as signed: all but the plan it is in. */
export type CanonicalFinding = Pick<Finding, 'id' | 'type' | 'text' | 'subItems' | 'heading' | 'agencies' | 'order'>;

/** The whole plan (partnership and executive sign-offs) or one agency's actions (its QA). */
export type ContentScope = { readonly kind: 'plan' } | { readonly kind: 'agency'; readonly agency: AgencyKey };

export type CanonicalContent = {
  readonly version: typeof CANONICAL_VERSION;
  readonly planId: PlanId;
  readonly scope: ContentScope;
  /** Null for an agency's scope: retitling the plan is not something an agency assured. */
  readonly facts: CanonicalPlanFacts | null;
  readonly findings: readonly CanonicalFinding[];
  readonly actions: readonly CanonicalAction[];
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedKeys = (keys: readonly AgencyKey[]): AgencyKey[] => [...keys].sort(byText);
const byId = <T extends { readonly id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => byText(a.id, b.id));

function canonicalFacts({ plan }: PlanSnapshot): CanonicalPlanFacts {
  return {
    id: plan.id,
    title: plan.title,
    area: plan.area,
    inspectionType: plan.inspectionType,
    theme: plan.theme,
    letterDate: plan.letterDate,
    fieldwork: plan.fieldwork ? { start: plan.fieldwork.start, end: plan.fieldwork.end } : null,
    principalAuthority: plan.principalAuthority,
    printedDeadline: plan.printedDeadline,
    agencies: [...plan.agencies]
      .sort((a, b) => byText(a.key, b.key))
      .map((a) => ({ key: a.key, name: a.name, shortName: a.shortName })),
    ...(plan.foreword === '' ? {} : { foreword: plan.foreword }),
    ...(plan.monitoringArrangements === '' ? {} : { monitoringArrangements: plan.monitoringArrangements }),
  };
}

export const canonicalFinding = (f: Finding): CanonicalFinding => ({
  id: f.id,
  type: f.type,
  text: f.text,
  subItems: [...f.subItems],
  heading: f.heading,
  agencies: sortedKeys(f.agencies),
  order: f.order,
});

/**
 * What the partnership and the executives sign: the plan's facts (with the statement's texts once
 * written), every finding and every action.
 */
export function canonicalContent(snapshot: PlanSnapshot): CanonicalContent {
  return {
    version: CANONICAL_VERSION,
    planId: snapshot.plan.id,
    scope: { kind: 'plan' },
    facts: canonicalFacts(snapshot),
    findings: byId(snapshot.findings).map(canonicalFinding),
    actions: byId(snapshot.actions).map(canonicalAction),
  };
}

/**
 * What an agency's QA lead signs: the actions it leads and the findings they answer, so that
 * another agency's edits never unpick this agency's assurance.
 */
export function canonicalContentForAgency(snapshot: PlanSnapshot, agency: AgencyKey): CanonicalContent {
  const actions = snapshot.actions.filter((a) => a.leadAgency === agency);
  const findingIds = new Set(actions.map((a) => a.findingId));
  return {
    version: CANONICAL_VERSION,
    planId: snapshot.plan.id,
    scope: { kind: 'agency', agency },
    facts: null,
    findings: byId(snapshot.findings.filter((f) => findingIds.has(f.id))).map(canonicalFinding),
    actions: byId(actions).map(canonicalAction),
  };
}

/** Agencies that lead at least one action: those whose QA the collation waits for, in the plan's order. */
export function agenciesWithActions(snapshot: PlanSnapshot): AgencyKey[] {
  const leading = new Set(snapshot.actions.map((a) => a.leadAgency));
  const inPlanOrder = snapshot.plan.agencies.map((a) => a.key).filter((key) => leading.has(key));
  const others = [...leading].filter((key) => !inPlanOrder.includes(key)).sort(byText);
  return [...inPlanOrder, ...others];
}
