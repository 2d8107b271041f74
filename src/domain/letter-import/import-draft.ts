import type { IsoDateTime } from '../dates';
import type { Finding } from '../finding';
import type { MemberId, PlanId } from '../ids';
import type { LetterSection, LetterWarning, TextSpan } from '../letter/parsed-letter';
import type { InspectionType } from '../plan';

/** Bumped whenever the stored shape of a draft changes; older drafts are then not read. */
export const DRAFT_SCHEMA_VERSION = 1;

/** Fixed when the draft is made, so a retried create writes the same plan, never a second one. */
export interface ImportIds {
  readonly plan: PlanId;
  readonly member: MemberId;
}

export const DRAFT_SOURCE_KINDS = ['paste', 'pdf', 'docx', 'text'] as const;
export type DraftSourceKind = (typeof DRAFT_SOURCE_KINDS)[number];

export interface DraftSource {
  readonly kind: DraftSourceKind;
  /** The file's name; null for pasted text. */
  readonly name: string | null;
}

/**
 * One finding under review, with the fields it will have as a finding. Its id becomes the
 * finding's id, so it survives reloads and retries.
 */
export interface DraftItem extends Pick<Finding, 'id' | 'type' | 'text' | 'subItems' | 'heading' | 'agencies'> {
  /** Where the item came from in the letter text; null for an item added by hand. */
  readonly span: TextSpan | null;
  /** The parser guessed this item's boundaries; cleared once the person reshapes it. */
  readonly needsCheck: boolean;
}

/**
 * Plan details as the person sees and types them. Dates stay as typed (dd/mm/yyyy) so a
 * half-typed date survives a reload; they are checked when the plan is created.
 */
export interface DraftMetadata {
  readonly area: string;
  readonly letterDate: string;
  readonly inspectionType: InspectionType;
  readonly theme: string;
  readonly fieldworkStart: string;
  readonly fieldworkEnd: string;
  readonly principalAuthority: string;
  readonly printedDeadline: string;
}
export type MetadataField = keyof DraftMetadata;

export interface DraftLetter {
  /** The normalised letter text that item spans and sections point into. */
  readonly text: string;
  readonly sections: readonly LetterSection[];
}

export interface ImportDraft {
  readonly ids: ImportIds;
  readonly source: DraftSource;
  readonly letter: DraftLetter;
  readonly metadata: DraftMetadata;
  readonly items: readonly DraftItem[];
  /** What the parser noticed about the letter as a whole (no sections, no priority actions…). */
  readonly notices: readonly LetterWarning[];
  readonly startedAt: IsoDateTime;
}
