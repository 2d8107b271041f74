import type { Action } from '../../../domain/action';
import type { UserId } from '../../../domain/ids';
import { ACTION_FIELD_KEYS, actionFieldSpec } from '../../../domain/action-fields';
import type { FieldValues, ItemFields, ListItem } from '../list-item';
import { ACTION_KIND_CODECS, type KindCodec } from './action-kind-codecs';
import { entityCodec, type EntityCodec } from './entity-codec';

/** The codec of a field's kind, seen through the common shape. */
const codecOf = (kind: keyof typeof ACTION_KIND_CODECS) => ACTION_KIND_CODECS[kind] as KindCodec<unknown>;

/** The item's columns for an action: `Title` holds its id, then one column per field of `ACTION_FIELDS`. */
export function actionToFields(action: Action): FieldValues {
  const fields: Record<string, string | number | boolean> = { Title: action.id };
  for (const key of ACTION_FIELD_KEYS) {
    const spec = actionFieldSpec(key);
    fields[spec.column.name] = codecOf(spec.kind).write(action[key]);
  }
  return fields as FieldValues;
}

/** The action an item holds; each column read by its kind's codec, which never throws on bad values. */
export function actionFromFields(fields: ItemFields): Action {
  const entries = ACTION_FIELD_KEYS.map((key) => {
    const spec = actionFieldSpec(key);
    return [key, codecOf(spec.kind).read(fields, spec.column.name)];
  });
  return Object.fromEntries(entries) as Action;
}

/**
 * An action as SharePoint keeps it: last changed by the person SharePoint stamped on the item,
 * whatever its own "updated by" column claims (an owner editing the list directly could type
 * another person's id there). A save's answer carries no stamp, but its author is the saver.
 */
export function actionFromItem(item: ListItem): Action {
  const claimed = actionFromFields(item.fields);
  const by = item.stamps.modifiedBy;
  return by ? { ...claimed, updatedBy: by.id as UserId } : claimed;
}

export const actionCodec: EntityCodec<Action> = {
  ...entityCodec('actions', actionToFields, actionFromFields),
  fromItem: actionFromItem,
};
