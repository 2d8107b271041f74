import type { ActionStatus, EvidenceLink, Milestone, Rag } from '../domain/action';
import type { Agency, AgencyKey } from '../domain/agency';
import type { IsoDate, IsoDateTime } from '../domain/dates';
import type { FindingType } from '../domain/finding';
import type { ActionId, FindingId } from '../domain/ids';
import type { Role } from '../domain/member';
import type { SignOff, SignOffDecision } from '../domain/sign-off';
import type { StageKey } from '../domain/stage';

export interface SubmissionOptions {
  readonly generatedAt: IsoDateTime;
  /** Every sign-off in the chain is complete: the statement is approved, not a draft. */
  readonly final: boolean;
  /** The sign-offs that stand for the content being exported (superseded ones left out by the caller). */
  readonly signOffs: readonly SignOff[];
  readonly today: IsoDate;
}

export interface SubmissionDeadline {
  readonly date: IsoDate;
  /** `11 May 2018` */
  readonly text: string;
  readonly source: 'printed' | 'computed';
}

export interface SubmissionPerson {
  readonly name: string;
  readonly jobTitle: string;
  /** The agency's full name, for people who represent one. */
  readonly agency: string | null;
}

export interface MemberGroup {
  readonly role: Role;
  readonly roleLabel: string;
  readonly people: readonly SubmissionPerson[];
}

export interface SubmissionCover {
  readonly title: string;
  readonly area: string;
  /** `Joint targeted area inspection` */
  readonly inspectionType: string;
  /** `JTAI`, for file names and running heads. */
  readonly inspectionAbbreviation: string;
  readonly theme: string | null;
  readonly letterDate: string | null;
  /** `4 December 2017 to 8 December 2017` */
  readonly fieldwork: string | null;
  readonly principalAuthority: string;
  readonly deadline: SubmissionDeadline | null;
  readonly stage: string;
  readonly members: readonly MemberGroup[];
}

export interface GovernanceEntry {
  readonly name: string;
  readonly role: Role;
  readonly roleLabel: string;
  readonly agency: string | null;
  readonly stage: StageKey;
  readonly stageLabel: string;
  readonly decision: SignOffDecision;
  readonly decisionLabel: string;
  readonly at: IsoDateTime;
  /** The date in England, `5 March 2018`. */
  readonly date: string;
  readonly comment: string;
}

export interface StatusColumn {
  readonly status: ActionStatus;
  readonly label: string;
  readonly ragLabel: string;
}

export interface AgencyCounts {
  readonly agencyKey: AgencyKey | null;
  readonly agency: string;
  readonly counts: Readonly<Record<ActionStatus, number>>;
  readonly total: number;
}

export interface SubmissionSummary {
  readonly statuses: readonly StatusColumn[];
  /** One row per agency (by lead agency), in the plan's agency order. */
  readonly rows: readonly AgencyCounts[];
  readonly totals: AgencyCounts;
}

export interface FindingItem {
  readonly id: FindingId;
  readonly type: FindingType;
  readonly typeLabel: string;
  /** 1-based position among findings of the same type, in the letter's order. */
  readonly number: number;
  /** `Area for improvement 3` */
  readonly reference: string;
  /** The letter's sub-heading the finding sat under, if any. */
  readonly heading: string | null;
  /** The letter's words, verbatim. */
  readonly text: string;
  readonly subItems: readonly string[];
  readonly agencies: readonly string[];
  readonly actionCount: number;
}

export interface ActionRow {
  readonly id: ActionId;
  readonly finding: FindingItem | null;
  readonly title: string;
  readonly leadAgencyKey: AgencyKey;
  readonly leadAgency: string;
  readonly contributingAgencies: readonly string[];
  readonly leadOfficer: string | null;
  readonly leadOfficerJobTitle: string | null;
  readonly sponsoringDirector: string;
  readonly startDate: IsoDate | null;
  readonly targetDate: IsoDate | null;
  /** `12/02/2018 – 29/06/2018` */
  readonly timescale: string;
  readonly milestones: readonly Milestone[];
  readonly successMeasure: string;
  readonly measuredBy: string;
  readonly evidence: readonly EvidenceLink[];
  readonly status: ActionStatus;
  readonly statusLabel: string;
  readonly rag: Rag;
  readonly ragLabel: string;
  /** `At risk (Amber)`: the colour is always named in words. */
  readonly statusText: string;
  readonly statusReason: string;
  readonly updatedAt: IsoDateTime | null;
  readonly updatedBy: string | null;
}

export interface FindingSection {
  readonly finding: FindingItem;
  readonly actions: readonly ActionRow[];
}

export interface SubmissionModel {
  readonly final: boolean;
  readonly generatedAt: IsoDateTime;
  /** `11 May 2018, 09:30`, in UK time. */
  readonly generatedAtText: string;
  readonly cover: SubmissionCover;
  readonly governance: readonly GovernanceEntry[];
  readonly summary: SubmissionSummary;
  /** Areas for priority action and for improvement, in the letter's order. */
  readonly sections: readonly FindingSection[];
  readonly strengths: readonly FindingItem[];
  /** Actions whose finding is missing or is a strength: kept so nothing is silently dropped. */
  readonly unlinkedActions: readonly ActionRow[];
  /** Every finding, in the letter's order. */
  readonly findings: readonly FindingItem[];
  /** Every action: section by section, then the unlinked ones. */
  readonly actions: readonly ActionRow[];
  readonly agencies: readonly Agency[];
}
