import { DEFAULT_AGENCY_KEYS, type AgencyKey } from '../agency';
import type { FindingType } from '../finding';
import type { FindingId } from '../ids';
import type { TextSpan } from '../letter/parsed-letter';
import type { DraftItem } from './import-draft';

/**
 * Pure operations on the ordered list of items under review. Each returns the list unchanged
 * (the same array) when the operation does not apply, so callers can tell nothing happened.
 */
type Items = readonly DraftItem[];

const indexOf = (items: Items, id: FindingId) => items.findIndex((i) => i.id === id);

function update(items: Items, id: FindingId, change: (item: DraftItem) => DraftItem): Items {
  const index = indexOf(items, id);
  const item = items[index];
  if (!item) return items;
  return items.map((i, n) => (n === index ? change(i) : i));
}

const agencyRank = (key: AgencyKey): number => {
  const rank = (DEFAULT_AGENCY_KEYS as readonly string[]).indexOf(key);
  return rank < 0 ? DEFAULT_AGENCY_KEYS.length : rank;
};

/** Tags in the default agency order, once each, so chips never jump about as they are toggled. */
export const orderedAgencies = (keys: readonly AgencyKey[]): AgencyKey[] =>
  [...new Set(keys)].sort((a, b) => agencyRank(a) - agencyRank(b));

export const editText = (items: Items, id: FindingId, text: string): Items =>
  update(items, id, (item) => ({ ...item, text }));

/** Kept as typed, blank lines too, so a line being typed is not swept away; blanks go when the plan is made. */
export const editSubItems = (items: Items, id: FindingId, subItems: readonly string[]): Items =>
  update(items, id, (item) => ({ ...item, subItems }));

export const changeType = (items: Items, id: FindingId, type: FindingType): Items =>
  update(items, id, (item) => ({ ...item, type }));

export const toggleAgency = (items: Items, id: FindingId, agency: AgencyKey): Items =>
  update(items, id, (item) => ({
    ...item,
    agencies: item.agencies.includes(agency)
      ? item.agencies.filter((a) => a !== agency)
      : orderedAgencies([...item.agencies, agency]),
  }));

function joinSpans(a: TextSpan | null, b: TextSpan | null): TextSpan | null {
  if (!a || !b) return a ?? b;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** Joins an item with the one after it: one finding the parser cut in two. */
export function mergeWithNext(items: Items, id: FindingId): Items {
  const index = indexOf(items, id);
  const first = items[index];
  const second = items[index + 1];
  if (!first || !second) return items;
  const merged: DraftItem = {
    ...first,
    text: [first.text.trim(), second.text.trim()].filter(Boolean).join(' '),
    subItems: [...first.subItems, ...second.subItems],
    agencies: orderedAgencies([...first.agencies, ...second.agencies]),
    span: joinSpans(first.span, second.span),
    needsCheck: false,
  };
  return [...items.slice(0, index), merged, ...items.slice(index + 2)];
}

/**
 * Cuts an item's text in two at a character offset: two findings the parser ran together.
 * Sub-items follow the text they came after, so they go with the second part.
 */
export function splitItem(items: Items, id: FindingId, at: number, newId: FindingId): Items {
  const index = indexOf(items, id);
  const item = items[index];
  if (!item || indexOf(items, newId) >= 0) return items;
  const head = item.text.slice(0, at).trim();
  const tail = item.text.slice(at).trim();
  if (head === '' || tail === '') return items;
  const first: DraftItem = { ...item, text: head, subItems: [], needsCheck: false };
  const second: DraftItem = { ...item, id: newId, text: tail, needsCheck: false };
  return [...items.slice(0, index), first, second, ...items.slice(index + 1)];
}

export const deleteItem = (items: Items, id: FindingId): Items =>
  indexOf(items, id) < 0 ? items : items.filter((i) => i.id !== id);

/** A finding the parser missed, typed in by hand: after `after`, or at the end. */
export function addItem(items: Items, newId: FindingId, type: FindingType, after: FindingId | null): Items {
  if (indexOf(items, newId) >= 0) return items;
  const blank: DraftItem = {
    id: newId,
    type,
    text: '',
    subItems: [],
    heading: null,
    agencies: [],
    span: null,
    needsCheck: false,
  };
  const at = after === null ? items.length : indexOf(items, after) + 1;
  if (at === 0 && after !== null) return items;
  return [...items.slice(0, at), blank, ...items.slice(at)];
}

export function moveItem(items: Items, id: FindingId, direction: 'up' | 'down'): Items {
  const index = indexOf(items, id);
  const target = direction === 'up' ? index - 1 : index + 1;
  const item = items[index];
  const other = items[target];
  if (!item || !other) return items;
  return items.map((i, n) => (n === index ? other : n === target ? item : i));
}
