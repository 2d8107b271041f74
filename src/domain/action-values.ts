import type { IsoDate } from './dates';

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

export const isActionStatus = (value: unknown): value is ActionStatus =>
  typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
