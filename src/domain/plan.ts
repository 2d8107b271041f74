import type { Agency } from './agency';
import type { IsoDate } from './dates';
import type { PlanId } from './ids';
import type { StageKey } from './workflow/stage-vocabulary';

export const INSPECTION_TYPES = ['jtai', 'ilacs', 'area-send', 'other'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

export const INSPECTION_TYPE_LABEL: Record<InspectionType, string> = {
  jtai: 'Joint targeted area inspection',
  ilacs: 'ILACS inspection',
  'area-send': 'Area SEND inspection',
  other: 'Other inspection',
};

// A type alias rather than an interface so signed content that holds it stays assignable to JsonValue.
export type Fieldwork = {
  readonly start: IsoDate;
  readonly end: IsoDate;
};

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
  /** The statement's introduction and foreword, as the DCS wrote it; '' until written (the draft is offered). */
  readonly foreword: string;
  /** The statement's governance and monitoring arrangements, as the DCS wrote them; '' until written. */
  readonly monitoringArrangements: string;
}

export const isInspectionType = (value: unknown): value is InspectionType =>
  typeof value === 'string' && (INSPECTION_TYPES as readonly string[]).includes(value);

/** The statement's two texts the DCS writes, in the order the editor shows them. */
export const STATEMENT_TEXT_KEYS = ['foreword', 'monitoringArrangements'] as const;
export type StatementTexts = Pick<Plan, (typeof STATEMENT_TEXT_KEYS)[number]>;

/** A statement text holds at most this many characters (several pages of prose). */
export const STATEMENT_TEXT_LIMIT = 20_000;

export const STATEMENT_TEXT_LABEL: Record<keyof StatementTexts, string> = {
  foreword: 'Introduction and foreword',
  monitoringArrangements: 'Governance and monitoring arrangements',
};

/** What is wrong with each text, in words for the person writing it (empty: nothing). */
export function statementTextProblems(texts: StatementTexts): Partial<Record<keyof StatementTexts, string>> {
  const problems: Partial<Record<keyof StatementTexts, string>> = {};
  for (const key of STATEMENT_TEXT_KEYS) {
    const length = texts[key].trim().length;
    if (length > STATEMENT_TEXT_LIMIT) {
      problems[key] =
        `The ${STATEMENT_TEXT_LABEL[key].toLowerCase()} is ${length.toLocaleString('en-GB')} characters long; ` +
        `keep it under ${STATEMENT_TEXT_LIMIT.toLocaleString('en-GB')}.`;
    }
  }
  return problems;
}
