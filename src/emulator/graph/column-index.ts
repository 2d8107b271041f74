import { listSeqOf } from '../model/change-log';
import type { FieldValue, ItemRecord, ListRecord } from '../model/list-model';
import type { FilterExpression } from '../odata/filter-parser';
import { columnNameOf } from './item-filter';

type ValueIndex = Map<FieldValue | undefined, ItemRecord[]>;

interface ListIndexes {
  /** The list's change-log position the indexes were built at: any write to an item moves it. */
  readonly seq: number;
  readonly size: number;
  readonly byColumn: Map<string, ValueIndex>;
}

const built = new WeakMap<ListRecord, ListIndexes>();

function indexesOf(list: ListRecord): ListIndexes {
  const current = built.get(list);
  if (current && current.seq === listSeqOf(list) && current.size === list.items.size) return current;
  const fresh: ListIndexes = { seq: listSeqOf(list), size: list.items.size, byColumn: new Map() };
  built.set(list, fresh);
  return fresh;
}

/** The items holding each value of an indexed column, in ascending id order, as SharePoint's index finds them. */
function valueIndex(list: ListRecord, column: string): ValueIndex {
  const indexes = indexesOf(list);
  let index = indexes.byColumn.get(column);
  if (!index) {
    index = new Map();
    for (const item of list.items.values()) {
      const value = item.fields[column];
      const holders = index.get(value);
      if (holders) holders.push(item);
      else index.set(value, [item]);
    }
    indexes.byColumn.set(column, index);
  }
  return index;
}

/**
 * The items a filter's first condition can be answered with from an index: for `<indexed column>
 * eq <value>`, those holding the value (ascending id); otherwise null, and every item is looked at.
 * The result is the same either way; this only spares the emulator a scan per query.
 */
export function indexedCandidates(list: ListRecord, first: FilterExpression | null): readonly ItemRecord[] | null {
  if (first?.kind !== 'compare' || first.op !== 'eq') return null;
  const name = columnNameOf(first.property);
  if (!list.columns.some((c) => c.name === name && c.indexed && c.type !== 'dateTime')) return null;
  const value = first.value;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return null;
  return valueIndex(list, name).get(value) ?? [];
}
