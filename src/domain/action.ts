import type { AgencyKey } from './agency';
import type { IsoDate, IsoDateTime } from './dates';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from './ids';

export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type Rag = 'grey' | 'green' | 'amber' | 'red' | 'blue';

/** Status shown as RAG with text, never colour alone. */
export const ACTION_STATUS_META: Record<
  ActionStatus,
  { readonly label: string; readonly rag: Rag; readonly ragLabel: string }
> = {
  'not-started': { label: 'Not started', rag: 'grey', ragLabel: 'Grey' },
  'on-track': { label: 'On track', rag: 'green', ragLabel: 'Green' },
  'at-risk': { label: 'At risk', rag: 'amber', ragLabel: 'Amber' },
  'off-track': { label: 'Off track', rag: 'red', ragLabel: 'Red' },
  complete: { label: 'Complete', rag: 'blue', ragLabel: 'Blue' },
};

/** Statuses that need a reason behind the colour. */
export const STATUSES_NEEDING_REASON: readonly ActionStatus[] = ['at-risk', 'off-track'];

export interface Milestone {
  readonly title: string;
  readonly due: IsoDate;
  readonly done: boolean;
}

export interface EvidenceLink {
  readonly title: string;
  readonly url: string;
}

export interface Action {
  readonly id: ActionId;
  readonly planId: PlanId;
  readonly findingId: FindingId;
  /** What will be done: specific and measurable. */
  readonly title: string;
  readonly leadAgency: AgencyKey;
  readonly contributingAgencies: readonly AgencyKey[];
  readonly leadOfficer: MemberId | null;
  readonly sponsoringDirector: string;
  readonly milestones: readonly Milestone[];
  readonly startDate: IsoDate | null;
  readonly targetDate: IsoDate | null;
  /** Success measure / intended impact. */
  readonly successMeasure: string;
  /** How the impact is measured. */
  readonly measuredBy: string;
  readonly evidence: readonly EvidenceLink[];
  readonly status: ActionStatus;
  readonly statusReason: string;
  readonly order: number;
  readonly updatedAt: IsoDateTime | null;
  readonly updatedBy: UserId | null;
}

export const isActionStatus = (value: unknown): value is ActionStatus =>
  typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
