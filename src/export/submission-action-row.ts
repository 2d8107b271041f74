import { ACTION_STATUS_META, type Action } from '../domain/action';
import { formatShortDate, type IsoDate } from '../domain/dates';
import { actionRowFields, type ActionRowContext } from './export-action-fields';
import type { ActionRow, FindingItem } from './submission-model.types';

export type { ActionRowContext };

/** The row for an action: every field it carries, and the facts the statement and workbook show beside them. */
export function buildActionRow(action: Action, finding: FindingItem | null, ctx: ActionRowContext): ActionRow {
  const meta = ACTION_STATUS_META[action.status];
  const officer = action.leadOfficer ? ctx.members.find((m) => m.id === action.leadOfficer) : undefined;
  return {
    ...actionRowFields(action, ctx),
    finding,
    leadAgencyKey: action.leadAgency,
    leadOfficerJobTitle: officer?.jobTitle || null,
    timescale: timescale(action.startDate, action.targetDate),
    statusLabel: meta.label,
    rag: meta.rag,
    ragLabel: meta.ragLabel,
    statusText: `${meta.label} (${meta.ragLabel})`,
  };
}

/** Start–target in British format, saying plainly when either end is not set. */
export function timescale(start: IsoDate | null, target: IsoDate | null): string {
  if (start && target) return `${formatShortDate(start)} – ${formatShortDate(target)}`;
  if (target) return `By ${formatShortDate(target)}`;
  if (start) return `From ${formatShortDate(start)}, no target date`;
  return 'Not set';
}
