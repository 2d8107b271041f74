import type { ListItem } from './list-item';
import { readText } from './mappers/field-readers';

export interface FirstOfEach {
  readonly kept: ListItem[];
  /** Ids claimed by more than one item, with how many beyond the first. */
  readonly duplicates: { readonly id: string; readonly extra: number }[];
}

/**
 * One item per domain id (an item's `Title`): the first added, by SharePoint's item id. Ids are
 * unique columns on sites set up by this version, but a list edited by hand, or a site set up by
 * an older version, may hold two items for one id; showing both would show one thing twice.
 */
export function firstOfEach(items: readonly ListItem[]): FirstOfEach {
  const byId = new Map<string, ListItem[]>();
  for (const item of [...items].sort((a, b) => Number(a.id) - Number(b.id))) {
    const id = readText(item.fields, 'Title');
    byId.set(id, [...(byId.get(id) ?? []), item]);
  }
  const kept = [...byId.values()].map((group) => group[0]!);
  const duplicates = [...byId.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([id, group]) => ({ id, extra: group.length - 1 }));
  return { kept, duplicates };
}
