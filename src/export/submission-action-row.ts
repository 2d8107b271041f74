import { ACTION_STATUS_META, type Action } from '../domain/action';
import { ACTION_FIELD_KEYS, actionFieldSpec, type ActionKeysOfKind } from '../domain/action-fields';
import { formatShortDate, type IsoDate } from '../domain/dates';
import { actionRowFields, type ActionRowContext } from './export-action-fields';
import type { ActionRow, FindingItem } from './submission-model.types';

export type { ActionRowContext };

/** The row for an action: every field it carries, and the facts the statement and workbook show beside them. */
export function buildActionRow(action: Action, finding: FindingItem | null, ctx: ActionRowContext): ActionRow {
  const meta = ACTION_STATUS_META[action.status];
  return {
    ...actionRowFields(action, ctx),
    finding,
    leadAgencyKey: action.leadAgency,
    jobTitles: jobTitles(action, ctx),
    timescale: timescale(action.startDate, action.targetDate),
    statusLabel: meta.label,
    rag: meta.rag,
    ragLabel: meta.ragLabel,
    statusText: `${meta.label} (${meta.ragLabel})`,
  };
}

const MEMBER_FIELDS = ACTION_FIELD_KEYS.filter(
  (key): key is ActionKeysOfKind<'member'> => actionFieldSpec(key).kind === 'member',
);

/** The job title of the member each member field names. */
function jobTitles(action: Action, ctx: ActionRowContext): ActionRow['jobTitles'] {
  const entries = MEMBER_FIELDS.map((key) => {
    const id = action[key];
    return [key, (id && ctx.members.find((m) => m.id === id)?.jobTitle) || null];
  });
  return Object.fromEntries(entries) as ActionRow['jobTitles'];
}

/** Start–target in British format, saying plainly when either end is not set. */
export function timescale(start: IsoDate | null, target: IsoDate | null): string {
  if (start && target) return `${formatShortDate(start)} – ${formatShortDate(target)}`;
  if (target) return `By ${formatShortDate(target)}`;
  if (start) return `From ${formatShortDate(start)}, no target date`;
  return 'Not set';
}
