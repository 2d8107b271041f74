import type { Action, Milestone } from './action';
import { blankActionValues, isBlankValue } from './action-field-values';
import type { ACTION_FIELDS } from './action-fields';
import {
  ACTION_FIELD_KEYS,
  actionFieldSpec,
  type ActionFieldKey,
  type ActionKindOf,
  type ActionValueOfKind,
} from './action-fields';
import type { AgencyKey } from './agency';
import type { IsoDate } from './dates';
import type { PlanId } from './ids';

export type CanonicalMilestone = { readonly title: string; readonly due: IsoDate };

/** A signed field's value as it is hashed: lists in a fixed order, milestones without `done`. */
type CanonicalValueOfKind = Omit<ActionValueOfKind, 'milestones'> & {
  readonly milestones: readonly CanonicalMilestone[];
};
type CanonicalValue<K extends ActionFieldKey> = CanonicalValueOfKind[ActionKindOf<K>];

type Fields = typeof ACTION_FIELDS;
type SignedAlways = { [K in ActionFieldKey]: Fields[K]['signed'] extends true ? K : never }[ActionFieldKey];
type SignedWhenSet = { [K in ActionFieldKey]: Fields[K]['signed'] extends 'when-set' ? K : never }[ActionFieldKey];
export type SignedActionField = SignedAlways | SignedWhenSet;

/**
 * The parts of an action the partnership approves: the fields `ACTION_FIELDS` marks signed.
 * Left out, because they belong to delivery monitoring rather than to the approved plan: status
 * and its reason, milestones' `done`, evidence links, progress updates and who-touched-it-last.
 * Also left out: `order`, which is only where a row sits on screen.
 */
// A type alias rather than an interface so it stays assignable to JsonValue for hashing.
export type CanonicalAction = { readonly [K in SignedAlways]: CanonicalValue<K> } & {
  readonly [K in SignedWhenSet]?: CanonicalValue<K>;
};

/** The signed fields, in the table's order. */
export const SIGNED_ACTION_KEYS: readonly SignedActionField[] = ACTION_FIELD_KEYS.filter(
  (key): key is SignedActionField => actionFieldSpec(key).signed !== false,
);

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const canonicalMilestones = (milestones: readonly Milestone[]): CanonicalMilestone[] =>
  milestones
    .map((m) => ({ title: m.title, due: m.due }))
    .sort((a, b) => byText(a.due, b.due) || byText(a.title, b.title));

/** Each kind's value as signed; kinds not named are signed as they are. */
const CANONICAL_OF_KIND: { readonly [K in keyof ActionValueOfKind]?: (value: never) => unknown } = {
  agencies: (keys: readonly AgencyKey[]) => [...keys].sort(byText),
  milestones: canonicalMilestones,
};

/** The action as it is signed and hashed. */
export function canonicalAction(action: Action): CanonicalAction {
  const canonical: Record<string, unknown> = {};
  for (const key of SIGNED_ACTION_KEYS) {
    const spec = actionFieldSpec(key);
    const toCanonical = CANONICAL_OF_KIND[spec.kind] as ((value: unknown) => unknown) | undefined;
    if (spec.signed === 'when-set' && isBlankValue(action[key])) continue;
    canonical[key] = toCanonical ? toCanonical(action[key]) : action[key];
  }
  return canonical as CanonicalAction;
}

/**
 * A canonical action lifted back into an `Action`, every unsigned field blank and milestones not
 * done: for comparing signed versions with the action's own "which fields differ".
 */
export function actionFromCanonical(canonical: CanonicalAction, planId: PlanId): Action {
  return {
    ...blankActionValues(),
    ...canonical,
    planId,
    order: 0,
    milestones: canonical.milestones.map((m) => ({ ...m, done: false })),
  };
}
