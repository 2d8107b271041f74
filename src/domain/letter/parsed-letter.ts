import type { DefaultAgencyKey } from '../agency';
import type { IsoDate } from '../dates';
import type { FindingType } from '../finding';

/** 2016–2020 letters had one programme; since 2022 there are front-door and themed JTAIs. */
export type InspectionKind = 'front-door' | 'themed' | 'jtai-2016-2020' | 'unknown';

/** Who the letter names to write the statement of action (the "principal authority"). */
export type PrincipalKind =
  | 'director-of-childrens-services'
  | 'local-authority'
  | 'safeguarding-partnership'
  | 'integrated-care-board'
  | 'police'
  | 'other';

/** How sure the parser is that an item's boundaries are the letter's own. */
export type ItemConfidence = 'high' | 'medium' | 'low';

export type SectionType = FindingType | 'other';

/** A character range in `ParsedLetter.text`, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface ParsedItem {
  readonly type: FindingType;
  /** The item's own words, lines joined; sub-bullets are in `subItems`, not here. */
  readonly text: string;
  readonly subItems: readonly string[];
  readonly agencies: readonly DefaultAgencyKey[];
  /** The sub-heading the item sat under (e.g. "Health", "Leadership"), if any. */
  readonly heading: string | null;
  readonly confidence: ItemConfidence;
  /** From the item's first word to the end of its last sub-item. */
  readonly span: TextSpan;
}

export interface LetterSection extends TextSpan {
  readonly type: SectionType;
  readonly heading: string;
}

export const LETTER_WARNING_CODES = [
  'LETTER.NO_SECTIONS',
  'LETTER.NO_PRIORITY_ACTIONS',
  'LETTER.EMPTY_SECTION',
  'LETTER.DEADLINE_MISMATCH',
  'LETTER.NO_DATE',
  'LETTER.NO_DEADLINE',
  'LETTER.NO_PRINCIPAL',
  'LETTER.LOW_CONFIDENCE',
] as const;
export type LetterWarningCode = (typeof LETTER_WARNING_CODES)[number];

export interface LetterWarning {
  readonly code: LetterWarningCode;
  readonly message: string;
}

export interface InspectionInfo {
  readonly kind: InspectionKind;
  readonly theme: string | null;
}

export interface DateRangeIso {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export interface LetterMetadata {
  readonly area: string | null;
  readonly letterDate: IsoDate | null;
  readonly inspection: InspectionInfo;
  readonly fieldwork: DateRangeIso | null;
  /** As the letter words it, e.g. "The director of children’s services", "Cheshire East Council". */
  readonly principalAuthority: string | null;
  readonly principalKind: PrincipalKind | null;
  /** The date printed in "Next steps"; authoritative when present. */
  readonly printedDeadline: IsoDate | null;
  /** Letter date + 70 working days, as a check on the printed date. */
  readonly computedDeadline: IsoDate | null;
  readonly deadlineMismatch: boolean;
}

export interface ParsedLetter {
  readonly metadata: LetterMetadata;
  readonly items: readonly ParsedItem[];
  readonly sections: readonly LetterSection[];
  readonly warnings: readonly LetterWarning[];
  /** The normalised letter text that every span points into. */
  readonly text: string;
}
