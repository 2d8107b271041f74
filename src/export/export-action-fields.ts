import type { Action } from '../domain/action';
import {
  ACTION_FIELD_KEYS,
  actionFieldSpec,
  type ActionFieldKey,
  type ActionKindOf,
  type ActionValueOfKind,
} from '../domain/action-fields';
import type { Agency } from '../domain/agency';
import type { Member } from '../domain/member';
import { agencyName, agencyNames } from './agency-names';

/** Kinds an exported row does not carry as they are: the plan and the order, and the finding (carried whole). */
type NotCarried = 'planId' | 'findingId' | 'order';

/**
 * An action field's value in an exported row: people and agencies by name rather than by key,
 * every other kind as the action holds it.
 */
export type RowValueOfKind = Omit<ActionValueOfKind, NotCarried | 'agency' | 'agencies' | 'member' | 'user'> & {
  readonly agency: string;
  readonly agencies: readonly string[];
  readonly member: string | null;
  readonly user: string | null;
};

type RowKey = { [K in ActionFieldKey]: ActionKindOf<K> extends NotCarried ? never : K }[ActionFieldKey];

/** Every field of the action an exported row carries, by the key it has on `Action`. */
export type ActionRowFields = { readonly [K in RowKey]: RowValueOfKind[ActionKindOf<K> & keyof RowValueOfKind] };

export interface ActionRowContext {
  readonly agencies: readonly Agency[];
  readonly members: readonly Member[];
}

type ToRow<K extends keyof RowValueOfKind> = (
  value: K extends keyof ActionValueOfKind ? ActionValueOfKind[K] : never,
  ctx: ActionRowContext,
) => RowValueOfKind[K];

const asIs = <T>(value: T): T => value;

/** Each kind's value as the row carries it. */
const ROW_VALUE_OF_KIND: { readonly [K in keyof RowValueOfKind]: ToRow<K> } = {
  actionId: asIs,
  text: asIs,
  agency: (key, ctx) => agencyName(ctx.agencies, key),
  agencies: (keys, ctx) => agencyNames(ctx.agencies, keys),
  member: (id, ctx) => (id ? (ctx.members.find((m) => m.id === id)?.displayName ?? null) : null),
  date: asIs,
  milestones: asIs,
  evidence: asIs,
  status: asIs,
  instant: asIs,
  // A departed member's id is still worth showing: it is who last touched the row.
  user: (id, ctx) => (id ? (ctx.members.find((m) => m.userId === id)?.displayName ?? id) : null),
};

const isCarried = (kind: string): kind is keyof RowValueOfKind => kind in ROW_VALUE_OF_KIND;

/** The action's fields as an exported row carries them. */
export function actionRowFields(action: Action, ctx: ActionRowContext): ActionRowFields {
  const entries = ACTION_FIELD_KEYS.flatMap((key) => {
    const { kind } = actionFieldSpec(key);
    if (!isCarried(kind)) return [];
    const toRow = ROW_VALUE_OF_KIND[kind] as (value: unknown, ctx: ActionRowContext) => unknown;
    return [[key, toRow(action[key], ctx)]];
  });
  return Object.fromEntries(entries) as ActionRowFields;
}
