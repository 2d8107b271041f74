import type { ActionStatus, EvidenceLink, Milestone } from './action-values';
import type { AgencyKey } from './agency';
import type { IsoDate, IsoDateTime } from './dates';
import type { ActionId, FindingId, MemberId, PlanId, UserId } from './ids';

/**
 * What a field holds, and so how it is stored, signed, shown, edited and exported. Each layer
 * handles every kind once (the SharePoint codecs, canonical values, form controls, export cells),
 * never a field by name.
 */
export interface ActionValueOfKind {
  readonly actionId: ActionId;
  readonly planId: PlanId;
  readonly findingId: FindingId;
  /** Plain text. */
  readonly text: string;
  readonly agency: AgencyKey;
  /** Agencies, stored as a JSON list. */
  readonly agencies: readonly AgencyKey[];
  /** A plan member, or none. */
  readonly member: MemberId | null;
  /** A calendar date, or none. */
  readonly date: IsoDate | null;
  readonly milestones: readonly Milestone[];
  readonly evidence: readonly EvidenceLink[];
  readonly status: ActionStatus;
  /** Where the row sits on screen. */
  readonly order: number;
  /** An instant, or none. */
  readonly instant: IsoDateTime | null;
  /** A signed-in person's user id, or none. */
  readonly user: UserId | null;
}
export type ActionFieldKind = keyof ActionValueOfKind;

/** A column of the SharePoint list of actions (see list-schema.ts for the types). */
export interface ActionColumn {
  readonly name: string;
  readonly type: 'text' | 'note' | 'number';
  readonly indexed?: boolean;
  /** No two items may share a value (needs `indexed`). */
  readonly unique?: boolean;
}

/**
 * Where the form shows a field: `main` full width at the top, `grid` in the grid of short fields,
 * `status` full width under the grid, `wide` full width after that, `lists` at the end.
 */
export type FormSection = 'main' | 'grid' | 'status' | 'wide' | 'lists';

export interface ActionFormSpec {
  readonly section: FormSection;
  /** For text: one line or several. */
  readonly control?: 'input' | 'textarea';
  readonly rows?: number;
  readonly hint?: string;
  /** Marked as needed: always, or only while the status needs a reason. */
  readonly required?: true | 'when-status-needs-reason';
}

/** A column of the Excel Actions sheet; the header is the field's label unless given. */
export interface ActionExcelColumn {
  readonly header?: string;
  readonly width: number;
}

/** A column of the Word statement's table of actions. */
export interface ActionStatementColumn {
  readonly header: string;
  /** Its share of the table's width, against the other columns' (with the numbering column, they add up to 100). */
  readonly share: number;
}

/**
 * Where a field shows in the Word statement's table of actions. Its value is set out as lines
 * (one for each item of a list), in the column the field opens or joins. A column shows the lines
 * of its fields in the table's order.
 */
export interface ActionStatementSpec {
  /** The column the field opens, or the key of an earlier field whose column it joins. */
  readonly column: ActionStatementColumn | { readonly joins: string };
  /** Words put before each of its lines: `Sponsor` gives `Sponsor: Director of Nursing`. */
  readonly prefix?: string;
  /** The line shown in its place while it is blank; none: nothing is shown. */
  readonly whenBlank?: string;
  /** Fields that must be blank too for `whenBlank` to show (keys of fields in the same column). */
  readonly blankTogetherWith?: readonly string[];
}

export interface ActionFieldSpec {
  readonly kind: ActionFieldKind;
  readonly label: string;
  /** The SharePoint column; an action's id is also written to the item's `Title`. */
  readonly column: ActionColumn;
  /**
   * Part of the signed (hashed) content. `true` for fields signed since canonical version 1;
   * `'when-set'` for a field added later: left out while blank, so content without it hashes
   * as it always did.
   */
  readonly signed: boolean | 'when-set';
  /** People change it in the form; edits to it are compared and merged field by field. */
  readonly editable: boolean;
  /** Text longer than this is refused. */
  readonly maxLength?: number;
  /** Text that must be given: what to tell the person when it is blank. */
  readonly requiredMessage?: string;
  readonly form?: ActionFormSpec;
  /** The Excel columns it fills: one per cell the kind writes (none: not exported). */
  readonly excel?: readonly ActionExcelColumn[];
  /** Where the Word statement's table of actions shows it (none: not shown). */
  readonly statement?: ActionStatementSpec;
}
