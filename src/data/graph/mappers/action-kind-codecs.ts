import * as v from 'valibot';
import { isActionStatus } from '../../../domain/action';
import type { ActionValueOfKind } from '../../../domain/action-fields';
import { isMemberId, isUserId, type ActionId, type FindingId, type PlanId } from '../../../domain/ids';
import type { ItemFields } from '../list-item';
import { UNKNOWN_ORDER } from './finding.mapper';
import { readDate, readDateTime, readGuarded, readJsonList, readNumber, readText, textOrEmpty } from './field-readers';
import { AGENCY_KEY, ISO_DATE } from './value-schemas';

/** How a kind of action field is written to its column and read back. */
export interface KindCodec<V> {
  readonly read: (fields: ItemFields, column: string) => V;
  readonly write: (value: V) => string | number;
}

const MILESTONE = v.object({ title: v.string(), due: ISO_DATE, done: v.boolean() });

const EVIDENCE_LINK = v.object({ title: v.string(), url: v.string() });

const plainText: KindCodec<string> = { read: readText, write: (value) => value };

/** A list kept as JSON in a multi-line column: entries that fail the schema are dropped on reading. */
const jsonList = <T>(entry: v.GenericSchema<unknown, T>): KindCodec<readonly T[]> => ({
  read: (fields, column) => readJsonList(fields, 'actions', column, entry),
  write: (value) => JSON.stringify(value),
});

/** Each kind's codec. An action's id is read from the item's `Title`, which the mapper writes. */
export const ACTION_KIND_CODECS: { readonly [K in keyof ActionValueOfKind]: KindCodec<ActionValueOfKind[K]> } = {
  actionId: { read: (fields) => readText(fields, 'Title') as ActionId, write: (value) => value },
  planId: { read: (fields, column) => readText(fields, column) as PlanId, write: (value) => value },
  findingId: { read: (fields, column) => readText(fields, column) as FindingId, write: (value) => value },
  text: plainText,
  agency: plainText,
  agencies: jsonList(AGENCY_KEY),
  member: { read: (fields, column) => readGuarded(fields, column, isMemberId, null), write: textOrEmpty },
  date: { read: readDate, write: textOrEmpty },
  milestones: jsonList(MILESTONE),
  evidence: jsonList(EVIDENCE_LINK),
  status: { read: (fields, column) => readGuarded(fields, column, isActionStatus, 'not-started'), write: (v) => v },
  order: { read: (fields, column) => readNumber(fields, column, UNKNOWN_ORDER), write: (value) => value },
  instant: { read: readDateTime, write: textOrEmpty },
  user: { read: (fields, column) => readGuarded(fields, column, isUserId, null), write: textOrEmpty },
};
