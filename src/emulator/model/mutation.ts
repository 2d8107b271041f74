import { DRIVE_MUTATION_TYPES, type DriveMutation } from './drive-mutation';
import { SECURITY_MUTATION_TYPES, type SecurityMutation } from './security-mutation';
import type { ColumnRecord, FieldValues, ItemRecord } from './list-model';

/** A list as it is journaled: everything but its items. */
export interface ListShape {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly created: string;
  readonly columns: readonly ColumnRecord[];
}

/** An item as its creation is journaled; its versions and change-log position follow from the journal itself. */
export type JournaledItem = Omit<ItemRecord, 'versions' | 'changeSeq'>;

/** A change of the text facet carries the whole facet as it is after the change. */
export type ColumnChanges = Partial<
  Pick<ColumnRecord, 'indexed' | 'enforceUniqueValues' | 'displayName' | 'description' | 'required' | 'text'>
>;

/**
 * One change to the site, carrying every value it needs (ids, times, authors) so that
 * replaying the journal rebuilds exactly the state the clients were told about.
 */
export type Mutation =
  | { readonly type: 'list-created'; readonly list: ListShape }
  | { readonly type: 'column-added'; readonly listId: string; readonly column: ColumnRecord }
  | {
      readonly type: 'column-changed';
      readonly listId: string;
      readonly columnId: string;
      readonly changes: ColumnChanges;
    }
  | { readonly type: 'item-created'; readonly listId: string; readonly item: JournaledItem }
  | {
      readonly type: 'item-changed';
      readonly listId: string;
      readonly itemId: number;
      readonly fields: FieldValues;
      readonly version: number;
      readonly modified: string;
      readonly editorId: string;
    }
  | { readonly type: 'item-deleted'; readonly listId: string; readonly itemId: number }
  | { readonly type: 'site-wiped' }
  | DriveMutation
  | SecurityMutation;

export const MUTATION_TYPES: readonly Mutation['type'][] = [
  'list-created',
  'column-added',
  'column-changed',
  'item-created',
  'item-changed',
  'item-deleted',
  'site-wiped',
  ...DRIVE_MUTATION_TYPES,
  ...SECURITY_MUTATION_TYPES,
];
