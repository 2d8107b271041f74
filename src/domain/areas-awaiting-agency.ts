import type { Action } from './action';
import type { Agency, AgencyKey } from './agency';
import { FINDING_TYPE_PLURAL, FINDING_TYPES, type Finding } from './finding';
import { findingNumbers, findingReference, inLetterOrder } from './finding-references';
import type { PlanSnapshot } from './plan-snapshot';
import type { Governance } from './workflow/governance';
import { currentStage } from './workflow/guards';
import { rulesOf } from './workflow/stage-kind-rules';

/** An area still waiting for an agency's action, with how the letter refers to it. */
export interface AreaAwaiting {
  readonly finding: Finding;
  /** Its number among the areas of its type: 7 for "Area for improvement 7". */
  readonly number: number;
  /** e.g. "Area for improvement 7". */
  readonly reference: string;
}

type Findings = Pick<PlanSnapshot, 'findings' | 'actions'>;

/** Each finding's agencies that lead or contribute to one of its actions. */
function agenciesActing(actions: readonly Action[]): Map<Finding['id'], Set<AgencyKey>> {
  const acting = new Map<Finding['id'], Set<AgencyKey>>();
  for (const action of actions) {
    const agencies = acting.get(action.findingId) ?? new Set<AgencyKey>();
    agencies.add(action.leadAgency);
    for (const agency of action.contributingAgencies) agencies.add(agency);
    acting.set(action.findingId, agencies);
  }
  return acting;
}

/** Findings in the letter's order, each with how the letter refers to it. */
function referenced(findings: readonly Finding[]): AreaAwaiting[] {
  const numbers = findingNumbers(findings);
  return inLetterOrder(findings)
    .filter((f) => f.type !== 'strength')
    .map((finding) => {
      const number = numbers.get(finding.id)!;
      return { finding, number, reference: findingReference(finding.type, number) };
    });
}

const awaiting = (areas: readonly AreaAwaiting[], acting: Map<Finding['id'], Set<AgencyKey>>, agency: AgencyKey) =>
  areas.filter(({ finding }) => finding.agencies.includes(agency) && !acting.get(finding.id)?.has(agency));

/**
 * The areas (for priority action and for improvement) that the letter names `agency` in, where no
 * action yet has it leading or contributing: where its owners still have an action to write, or the
 * DCS's team has someone to chase. In the letter's order. Strengths need no action.
 */
export function areasAwaitingAgency(snapshot: Findings, agency: AgencyKey): AreaAwaiting[] {
  return awaiting(referenced(snapshot.findings), agenciesActing(snapshot.actions), agency);
}

/** How far one agency's actions reach the areas that name it. */
export interface AgencyAreas {
  readonly agency: Agency;
  /** Areas for priority action and for improvement that name the agency. */
  readonly named: number;
  readonly awaiting: readonly AreaAwaiting[];
}

/** For each of the plan's agencies, in the plan's order, the areas naming it that still await its action. */
export function areasAwaitingEachAgency(snapshot: Findings & Pick<PlanSnapshot, 'plan'>): AgencyAreas[] {
  const areas = referenced(snapshot.findings);
  const acting = agenciesActing(snapshot.actions);
  return snapshot.plan.agencies.map((agency) => ({
    agency,
    named: areas.filter(({ finding }) => finding.agencies.includes(agency.key)).length,
    awaiting: awaiting(areas, acting, agency.key),
  }));
}

/**
 * Whether areas still waiting for an agency's action are worth showing: until the plan is submitted.
 * Afterwards the plan's actions are what was signed, and an area left to another agency is settled.
 */
export const awaitedAreasMatter = (governance: Governance | null): boolean =>
  governance === null || !rulesOf(currentStage(governance)).afterSubmission;

/** The areas by number, type by type: "Areas for priority action 1; Areas for improvement 2, 3, 7". */
export function areaNumbersText(areas: readonly AreaAwaiting[]): string {
  return FINDING_TYPES.flatMap((type) => {
    const numbers = areas.filter((a) => a.finding.type === type).map((a) => a.number);
    return numbers.length > 0 ? [`${FINDING_TYPE_PLURAL[type]} ${numbers.join(', ')}`] : [];
  }).join('; ');
}
