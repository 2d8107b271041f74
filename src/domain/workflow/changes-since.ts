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

/** "What changed since you signed", structured for the sign-off screen. */
export interface ContentChanges {
  readonly unchanged: boolean;
  readonly planFields: readonly PlanFactField[];
  readonly findingsAdded: readonly CanonicalFinding[];
  readonly findingsRemoved: readonly CanonicalFinding[];
  readonly findingsChanged: readonly FindingChange[];
  readonly actionsAdded: readonly CanonicalAction[];
  readonly actionsRemoved: readonly CanonicalAction[];
  readonly actionsChanged: readonly ActionChange[];
}

/** The same changes as ids and field names only, small enough to keep on every revision. */
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

function pairUp<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]) {
  const was = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  return {
    added: after.filter((item) => !was.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    kept: after.flatMap((item) => (was.has(item.id) ? [[was.get(item.id)!, item] as const] : [])),
  };
}

/** A structured diff between the content a person signed and the content now. */
export function changesSince(signed: CanonicalContent, current: CanonicalContent): ContentChanges {
  const findings = pairUp(signed.findings, current.findings);
  const actions = pairUp(signed.actions, current.actions);
  const findingsChanged = findings.kept
    .map(([before, after]) => ({ id: after.id, before, after, fields: changedFields(before, after) }))
    .filter((change) => change.fields.length > 0);
  const actionsChanged = actions.kept
    .map(([before, after]) => ({
      id: after.id,
      before,
      after,
      fields: changedActionFields(
        actionFromCanonical(before, signed.planId),
        actionFromCanonical(after, current.planId),
      ).filter((field) => SIGNED_ACTION_FIELDS.includes(field)),
    }))
    .filter((change) => change.fields.length > 0);
  const planFields = signed.facts && current.facts ? changedFields(signed.facts, current.facts) : [];
  const changes = {
    planFields,
    findingsAdded: findings.added,
    findingsRemoved: findings.removed,
    findingsChanged,
    actionsAdded: actions.added,
    actionsRemoved: actions.removed,
    actionsChanged,
  };
  return { unchanged: Object.values(changes).every((list) => list.length === 0), ...changes };
}

export const changesBetweenSnapshots = (before: PlanSnapshot, after: PlanSnapshot): ContentChanges =>
  changesSince(canonicalContent(before), canonicalContent(after));

export function summariseChanges(changes: ContentChanges): ChangeSummary {
  return {
    planFields: changes.planFields,
    findingsAdded: changes.findingsAdded.map((f) => f.id),
    findingsRemoved: changes.findingsRemoved.map((f) => f.id),
    findingsChanged: changes.findingsChanged.map(({ id, fields }) => ({ id, fields })),
    actionsAdded: changes.actionsAdded.map((a) => a.id),
    actionsRemoved: changes.actionsRemoved.map((a) => a.id),
    actionsChanged: changes.actionsChanged.map(({ id, fields }) => ({ id, fields })),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line, e.g. "2 actions changed, 1 action added", for audit entries and notices. */
export function describeChangeCounts(changes: ChangeSummary): string {
  const parts = [
    changes.planFields.length > 0 ? `plan details changed (${changes.planFields.join(', ')})` : '',
    changes.findingsAdded.length > 0 ? `${plural(changes.findingsAdded.length, 'finding', 'findings')} added` : '',
    changes.findingsRemoved.length > 0
      ? `${plural(changes.findingsRemoved.length, 'finding', 'findings')} removed`
      : '',
    changes.findingsChanged.length > 0
      ? `${plural(changes.findingsChanged.length, 'finding', 'findings')} changed`
      : '',
    changes.actionsAdded.length > 0 ? `${plural(changes.actionsAdded.length, 'action', 'actions')} added` : '',
    changes.actionsRemoved.length > 0 ? `${plural(changes.actionsRemoved.length, 'action', 'actions')} removed` : '',
    changes.actionsChanged.length > 0 ? `${plural(changes.actionsChanged.length, 'action', 'actions')} changed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'no signed content changed';
}
