import type { AgencyKey } from './agency';
import type { FindingId, PlanId } from './ids';

export const FINDING_TYPES = ['priority-action', 'improvement', 'strength'] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const FINDING_TYPE_LABEL: Record<FindingType, string> = {
  'priority-action': 'Area for priority action',
  improvement: 'Area for improvement',
  strength: 'Strength',
};

/** The heading over the findings of a type, as the letter sets them out. */
export const FINDING_TYPE_PLURAL: Record<FindingType, string> = {
  'priority-action': 'Areas for priority action',
  improvement: 'Areas for improvement',
  strength: 'Strengths',
};

export interface Finding {
  readonly id: FindingId;
  readonly planId: PlanId;
  readonly type: FindingType;
  /** The letter's words, verbatim. */
  readonly text: string;
  /** Sub-bullets kept under their parent, verbatim. */
  readonly subItems: readonly string[];
  /** A sub-heading the item sat under in the letter, e.g. "Health", if any. */
  readonly heading: string | null;
  readonly agencies: readonly AgencyKey[];
  /** Position in the letter (0-based); the submission keeps this order. */
  readonly order: number;
}

export const isFindingType = (value: unknown): value is FindingType =>
  typeof value === 'string' && (FINDING_TYPES as readonly string[]).includes(value);
