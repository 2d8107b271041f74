import type { Action } from './action';
import type { Agency, AgencyKey } from './agency';
import { FINDING_TYPE_LABEL, type Finding } from './finding';
import { findingNumbers, inLetterOrder } from './finding-references';
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

const takesPart = (action: Action, agency: AgencyKey) =>
  action.leadAgency === agency || action.contributingAgencies.includes(agency);

/**
 * The areas (for priority action and for improvement) that the letter names `agency` in, where no
 * action yet has it leading or contributing: where its owners still have an action to write, or the
 * DCS's team has someone to chase. In the letter's order. Strengths need no action.
 */
export function areasAwaitingAgency(snapshot: Findings, agency: AgencyKey): AreaAwaiting[] {
  const numbers = findingNumbers(snapshot.findings);
  return inLetterOrder(snapshot.findings)
    .filter((f) => f.type !== 'strength' && f.agencies.includes(agency))
    .filter((f) => !snapshot.actions.some((a) => a.findingId === f.id && takesPart(a, agency)))
    .map((finding) => {
      const number = numbers.get(finding.id)!;
      return { finding, number, reference: `${FINDING_TYPE_LABEL[finding.type]} ${number}` };
    });
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
  return snapshot.plan.agencies.map((agency) => ({
    agency,
    named: snapshot.findings.filter((f) => f.type !== 'strength' && f.agencies.includes(agency.key)).length,
    awaiting: areasAwaitingAgency(snapshot, agency.key),
  }));
}

/**
 * Whether areas still waiting for an agency's action are worth showing: until the plan is submitted.
 * Afterwards the plan's actions are what was signed, and an area left to another agency is settled.
 */
export const awaitedAreasMatter = (governance: Governance | null): boolean =>
  governance === null || !rulesOf(currentStage(governance)).afterSubmission;
