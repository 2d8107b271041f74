import type { PlanId } from '../../../domain/ids';
import type { ListKey } from '../../sharepoint/list-schema';
import type { FieldValues, ItemFields, ListItem } from '../list-item';

/** How one entity lives in one list: its columns out and back, and the ids every item carries. */
export interface EntityCodec<T> {
  readonly list: ListKey;
  /** The domain id, stored as the item's `Title`. */
  readonly idOf: (entity: T) => string;
  readonly planIdOf: (entity: T) => PlanId;
  readonly toFields: (entity: T) => FieldValues;
  readonly fromFields: (fields: ItemFields) => T;
  /** The entity a whole item holds, where SharePoint's stamps say more than its columns (else `fromFields`). */
  readonly fromItem?: (item: ListItem) => T;
}

/** The codec of an entity that carries its own `id` and its plan's `planId` (all but the plan itself). */
export function entityCodec<T extends { readonly id: string; readonly planId: PlanId }>(
  list: ListKey,
  toFields: (entity: T) => FieldValues,
  fromFields: (fields: ItemFields) => T,
): EntityCodec<T> {
  return { list, idOf: (entity) => entity.id, planIdOf: (entity) => entity.planId, toFields, fromFields };
}
