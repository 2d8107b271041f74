import { emptyDrive, type DriveState } from './drive-model';
import { emptySecurity, type SecurityState } from './security-model';

/** The emulator's in-memory picture of one SharePoint site: its lists, columns and items. */

export type FieldValue = string | number | boolean | null;
export type FieldValues = Record<string, FieldValue>;

export type ColumnType = 'text' | 'number' | 'boolean' | 'choice' | 'dateTime' | 'personOrGroup';

export interface TextFacet {
  readonly allowMultipleLines: boolean;
  readonly maxLength: number;
  readonly linesForEditing: number;
  /**
   * Graph's textColumn.textType, `plain` or `richText` (absent, i.e. plain, in sites journaled
   * before it was kept). A multi-line rich text column stores what is written as HTML.
   */
  readonly textType?: TextType;
}

export type TextType = 'plain' | 'richText';

export interface ChoiceFacet {
  readonly choices: readonly string[];
  readonly allowTextEntry: boolean;
}

export interface DateTimeFacet {
  readonly format: 'dateOnly' | 'dateTime';
  readonly displayAs: 'default' | 'friendly' | 'standard';
}

export interface ColumnRecord {
  readonly id: string;
  readonly name: string;
  displayName: string;
  description: string;
  indexed: boolean;
  /** No two items may hold the same value (absent in sites journaled before it existed). */
  enforceUniqueValues?: boolean;
  required: boolean;
  /** Built-in columns the server maintains (Created, Modified, Author, Editor). */
  readonly readOnly: boolean;
  readonly builtIn: boolean;
  readonly type: ColumnType;
  /** Replaced whole when a PATCH changes its text type. */
  text?: TextFacet;
  readonly choice?: ChoiceFacet;
  /** Absent on the built-in Created and Modified, which read as date and time. */
  readonly dateTime?: DateTimeFacet;
}

export interface ItemRecord {
  /** SharePoint's integer item id; assigned by the server and never reused within a list. */
  readonly id: number;
  /** The item's unique id, the GUID half of its eTag. */
  readonly uid: string;
  /** The counter half of the eTag: 1 on creation, +1 on every change. */
  version: number;
  readonly created: string;
  modified: string;
  readonly authorId: string;
  editorId: string;
  /** Title and custom column values; empty values are absent, as SharePoint stores them as null. */
  fields: FieldValues;
  /** The item as it was after each write, oldest first; the last is the current version. */
  versions: ItemVersionRecord[];
  /** Where the item's latest change stands in its list's change log (absent, i.e. 0, in older sites). */
  changeSeq?: number;
}

/** A deleted item as the change log keeps it, so that delta queries can report the deletion. */
export interface ItemTombstone {
  readonly id: number;
  readonly seq: number;
}

/** One major version of an item: its fields as they stood, and who wrote them when. */
export interface ItemVersionRecord {
  /** The major version number: 1 for the creation, one more for every change (the eTag's counter). */
  readonly label: number;
  readonly modified: string;
  readonly editorId: string;
  readonly fields: FieldValues;
}

export interface ListRecord {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly created: string;
  modified: string;
  readonly columns: ColumnRecord[];
  /** Keyed by item id; insertion order is ascending id because ids only grow. */
  readonly items: Map<number, ItemRecord>;
  nextItemId: number;
  /** The last position stamped in the list's change log (absent, i.e. 0, in older sites). */
  changeSeq?: number;
  /** Items deleted from the list, with where each deletion stands in the change log. */
  tombstones?: ItemTombstone[];
}

export interface SiteState {
  lists: ListRecord[];
  /** The document library (its metadata; the bytes are blobs in the data directory). */
  drive: DriveState;
  /** Site groups, permission levels and unique role assignments (SharePoint REST). */
  security: SecurityState;
}

export const emptySite = (): SiteState => ({ lists: [], drive: emptyDrive(), security: emptySecurity() });
