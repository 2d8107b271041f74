import type { PlanId } from '../../../domain/ids';
import type { ListKey } from '../../sharepoint/list-schema';
import type { FieldValues, ItemFields } from '../list-item';

/** How one entity lives in one list: its columns out and back, and the ids every item carries. */
export interface EntityCodec<T> {
  readonly list: ListKey;
  /** The domain id, stored as the item's `Title`. */
  readonly idOf: (entity: T) => string;
  readonly planIdOf: (entity: T) => PlanId;
  readonly toFields: (entity: T) => FieldValues;
  readonly fromFields: (fields: ItemFields) => T;
}
