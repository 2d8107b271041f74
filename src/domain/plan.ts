import type { Agency } from './agency';
import type { IsoDate } from './dates';
import type { PlanId } from './ids';
import type { StageKey } from './stage';

export const INSPECTION_TYPES = ['jtai', 'ilacs', 'area-send', 'other'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

export const INSPECTION_TYPE_LABEL: Record<InspectionType, string> = {
  jtai: 'Joint targeted area inspection',
  ilacs: 'ILACS inspection',
  'area-send': 'Area SEND inspection',
  other: 'Other inspection',
};

export interface Fieldwork {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface Plan {
  readonly id: PlanId;
  /** e.g. "Haringey JTAI: abuse and neglect (2018)" */
  readonly title: string;
  /** The local area inspected, e.g. "Haringey". */
  readonly area: string;
  readonly inspectionType: InspectionType;
  /** The JTAI theme, e.g. "abuse and neglect"; empty for a front-door inspection without one. */
  readonly theme: string;
  readonly letterDate: IsoDate | null;
  readonly fieldwork: Fieldwork | null;
  /** Who submits the written statement of action, as named in "Next steps". */
  readonly principalAuthority: string;
  /** The deadline printed in the letter; authoritative when present. */
  readonly printedDeadline: IsoDate | null;
  readonly agencies: readonly Agency[];
  readonly stage: StageKey;
  readonly archived: boolean;
}

export const isInspectionType = (value: unknown): value is InspectionType =>
  typeof value === 'string' && (INSPECTION_TYPES as readonly string[]).includes(value);
