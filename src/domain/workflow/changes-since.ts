import { actionFromCanonical } from '../action-canonical';
import { EDITABLE_ACTION_FIELDS, changedActionFields, type EditableActionField } from '../action-diff';
import { actionFieldSpec } from '../action-fields';
import type { ActionId, FindingId } from '../ids';
import type { PlanSnapshot } from '../plan-snapshot';
import { canonicalContent } from './canonical-content';
import type { CanonicalAction, CanonicalContent, CanonicalFinding, CanonicalPlanFacts } from './canonical-content';
import { canonicalJson, type JsonValue } from './canonical-json';

export type PlanFactField = Exclude<keyof CanonicalPlanFacts, 'id'>;
export type FindingField = Exclude<keyof CanonicalFinding, 'id'>;

/** The action fields a sign-off covers: the editable ones `ACTION_FIELDS` marks signed. */
export const SIGNED_ACTION_FIELDS: readonly EditableActionField[] = EDITABLE_ACTION_FIELDS.filter(
  (field) => actionFieldSpec(field).signed !== false,
);

/** A finding or action in both versions: as it was, as it is, and which of its fields differ. */
export interface ItemChange<Id, Item, Field> {
  readonly id: Id;
  readonly before: Item;
  readonly after: Item;
  readonly fields: readonly Field[];
}

export type FindingChange = ItemChange<FindingId, CanonicalFinding, FindingField>;
export type ActionChange = ItemChange<ActionId, CanonicalAction, EditableActionField>;

/** The findings (or actions) one version has that the other has not, and those in both that differ. */
export interface ItemChanges<Item, Change> {
  readonly added: readonly Item[];
  readonly removed: readonly Item[];
  readonly changed: readonly Change[];
}

/** "What changed since you signed", structured for the sign-off screen. */
export interface ContentChanges {
  readonly unchanged: boolean;
  readonly planFields: readonly PlanFactField[];
  readonly findings: ItemChanges<CanonicalFinding, FindingChange>;
  readonly actions: ItemChanges<CanonicalAction, ActionChange>;
}

/**
 * The same changes as ids and field names only, small enough to keep on every revision. Stored in
 * SharePoint with each `content-changed` entry, so its flat shape stays as it is.
 */
export interface ChangeSummary {
  readonly planFields: readonly PlanFactField[];
  readonly findingsAdded: readonly FindingId[];
  readonly findingsRemoved: readonly FindingId[];
  readonly findingsChanged: readonly Pick<FindingChange, 'id' | 'fields'>[];
  readonly actionsAdded: readonly ActionId[];
  readonly actionsRemoved: readonly ActionId[];
  readonly actionsChanged: readonly Pick<ActionChange, 'id' | 'fields'>[];
}

/** A change that names no item: e.g. one found only by comparing hashes. */
export const NO_CHANGES: ChangeSummary = {
  planFields: [],
  findingsAdded: [],
  findingsRemoved: [],
  findingsChanged: [],
  actionsAdded: [],
  actionsRemoved: [],
  actionsChanged: [],
};

const differs = (a: JsonValue, b: JsonValue) => canonicalJson(a) !== canonicalJson(b);

function changedFields<T extends Record<string, JsonValue>>(before: T, after: T): Exclude<keyof T & string, 'id'>[] {
  // Keys present on either side: a fact left out while empty (the statement's texts) counts when added.
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])] as Exclude<keyof T & string, 'id'>[];
  return keys.filter((key) => key !== 'id' && differs(before[key] ?? null, after[key] ?? null));
}

/** Pairs the items of two versions by id and lists what was added, removed and changed (by `fieldsOf`). */
function itemChanges<Item extends { readonly id: string }, Field>(
  before: readonly Item[],
  after: readonly Item[],
  fieldsOf: (before: Item, after: Item) => readonly Field[],
): ItemChanges<Item, ItemChange<Item['id'], Item, Field>> {
  const was = new Map(before.map((item) => [item.id, item]));
  const now = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !was.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    changed: after.flatMap((item) => {
      const earlier = was.get(item.id);
      if (!earlier) return [];
      const fields = fieldsOf(earlier, item);
      return fields.length > 0 ? [{ id: item.id, before: earlier, after: item, fields }] : [];
    }),
  };
}

const isEmpty = (changes: ItemChanges<unknown, unknown>) =>
  changes.added.length + changes.removed.length + changes.changed.length === 0;

/** A structured diff between the content a person signed and the content now. */
export function changesSince(signed: CanonicalContent, current: CanonicalContent): ContentChanges {
  const findings = itemChanges(signed.findings, current.findings, (before, after) => changedFields(before, after));
  const actions = itemChanges(signed.actions, current.actions, (before, after) =>
    changedActionFields(actionFromCanonical(before, signed.planId), actionFromCanonical(after, current.planId)).filter(
      (field) => SIGNED_ACTION_FIELDS.includes(field),
    ),
  );
  const planFields = signed.facts && current.facts ? changedFields(signed.facts, current.facts) : [];
  return {
    unchanged: planFields.length === 0 && isEmpty(findings) && isEmpty(actions),
    planFields,
    findings,
    actions,
  };
}

export const changesBetweenSnapshots = (before: PlanSnapshot, after: PlanSnapshot): ContentChanges =>
  changesSince(canonicalContent(before), canonicalContent(after));

export function summariseChanges(changes: ContentChanges): ChangeSummary {
  const ids = <Id>(items: readonly { readonly id: Id }[]) => items.map((item) => item.id);
  const fieldsOf = <Id, F>(items: readonly { readonly id: Id; readonly fields: readonly F[] }[]) =>
    items.map(({ id, fields }) => ({ id, fields }));
  return {
    planFields: changes.planFields,
    findingsAdded: ids(changes.findings.added),
    findingsRemoved: ids(changes.findings.removed),
    findingsChanged: fieldsOf(changes.findings.changed),
    actionsAdded: ids(changes.actions.added),
    actionsRemoved: ids(changes.actions.removed),
    actionsChanged: fieldsOf(changes.actions.changed),
  };
}

/** The item lists of a summary, in the order a one-line description names them. */
const COUNTED = [
  ['findingsAdded', 'finding', 'added'],
  ['findingsRemoved', 'finding', 'removed'],
  ['findingsChanged', 'finding', 'changed'],
  ['actionsAdded', 'action', 'added'],
  ['actionsRemoved', 'action', 'removed'],
  ['actionsChanged', 'action', 'changed'],
] as const satisfies readonly (readonly [Exclude<keyof ChangeSummary, 'planFields'>, string, string])[];

/** One line, e.g. "2 actions changed, 1 action added", for audit entries and notices. */
export function describeChangeCounts(changes: ChangeSummary): string {
  const parts = [
    ...(changes.planFields.length > 0 ? [`plan details changed (${changes.planFields.join(', ')})`] : []),
    ...COUNTED.flatMap(([key, noun, what]) => {
      const n = changes[key].length;
      return n > 0 ? [`${n} ${noun}${n === 1 ? '' : 's'} ${what}`] : [];
    }),
  ];
  return parts.length > 0 ? parts.join(', ') : 'no signed content changed';
}
