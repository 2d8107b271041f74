import { isActionStatus, type EvidenceLink, type Milestone } from '../../../domain/action';
import type { ActionValueOfKind } from '../../../domain/action-fields';
import { isAgencyKey } from '../../../domain/agency';
import { isIsoDate } from '../../../domain/dates';
import { isMemberId, isUserId, type ActionId, type FindingId, type PlanId } from '../../../domain/ids';
import type { ItemFields } from '../list-item';
import { UNKNOWN_ORDER } from './finding.mapper';
import {
  isRecord,
  readDate,
  readDateTime,
  readGuarded,
  readJsonList,
  readNumber,
  readText,
  textOrEmpty,
} from './field-readers';

/** How a kind of action field is written to its column and read back. */
export interface KindCodec<V> {
  readonly read: (fields: ItemFields, column: string) => V;
  readonly write: (value: V) => string | number;
}

const isMilestone = (value: unknown): value is Milestone =>
  isRecord(value) && typeof value.title === 'string' && isIsoDate(value.due) && typeof value.done === 'boolean';

const isEvidenceLink = (value: unknown): value is EvidenceLink =>
  isRecord(value) && typeof value.title === 'string' && typeof value.url === 'string';

const plainText: KindCodec<string> = { read: readText, write: (value) => value };

/** A list kept as JSON in a multi-line column: entries that fail the guard are dropped on reading. */
const jsonList = <T>(guard: (value: unknown) => value is T): KindCodec<readonly T[]> => ({
  read: (fields, column) => readJsonList(fields, 'actions', column, guard),
  write: (value) => JSON.stringify(value),
});

/** Each kind's codec. An action's id is read from the item's `Title`, which the mapper writes. */
export const ACTION_KIND_CODECS: { readonly [K in keyof ActionValueOfKind]: KindCodec<ActionValueOfKind[K]> } = {
  actionId: { read: (fields) => readText(fields, 'Title') as ActionId, write: (value) => value },
  planId: { read: (fields, column) => readText(fields, column) as PlanId, write: (value) => value },
  findingId: { read: (fields, column) => readText(fields, column) as FindingId, write: (value) => value },
  text: plainText,
  agency: plainText,
  agencies: jsonList(isAgencyKey),
  member: { read: (fields, column) => readGuarded(fields, column, isMemberId, null), write: textOrEmpty },
  date: { read: readDate, write: textOrEmpty },
  milestones: jsonList(isMilestone),
  evidence: jsonList(isEvidenceLink),
  status: { read: (fields, column) => readGuarded(fields, column, isActionStatus, 'not-started'), write: (v) => v },
  order: { read: (fields, column) => readNumber(fields, column, UNKNOWN_ORDER), write: (value) => value },
  instant: { read: readDateTime, write: textOrEmpty },
  user: { read: (fields, column) => readGuarded(fields, column, isUserId, null), write: textOrEmpty },
};
