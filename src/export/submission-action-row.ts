import { ACTION_STATUS_META, type Action } from '../domain/action';
import type { Agency } from '../domain/agency';
import { formatShortDate, type IsoDate } from '../domain/dates';
import type { Member } from '../domain/member';
import { agencyName, agencyNames } from './agency-names';
import type { ActionRow, FindingItem } from './submission-model.types';

export interface ActionRowContext {
  readonly agencies: readonly Agency[];
  readonly members: readonly Member[];
}

export function buildActionRow(action: Action, finding: FindingItem | null, ctx: ActionRowContext): ActionRow {
  const meta = ACTION_STATUS_META[action.status];
  const officer = action.leadOfficer ? ctx.members.find((m) => m.id === action.leadOfficer) : undefined;
  const updater = action.updatedBy ? ctx.members.find((m) => m.userId === action.updatedBy) : undefined;
  return {
    id: action.id,
    finding,
    title: action.title,
    leadAgencyKey: action.leadAgency,
    leadAgency: agencyName(ctx.agencies, action.leadAgency),
    contributingAgencies: agencyNames(ctx.agencies, action.contributingAgencies),
    leadOfficer: officer?.displayName ?? null,
    leadOfficerJobTitle: officer?.jobTitle || null,
    sponsoringDirector: action.sponsoringDirector,
    startDate: action.startDate,
    targetDate: action.targetDate,
    timescale: timescale(action.startDate, action.targetDate),
    milestones: action.milestones,
    successMeasure: action.successMeasure,
    measuredBy: action.measuredBy,
    evidence: action.evidence,
    status: action.status,
    statusLabel: meta.label,
    rag: meta.rag,
    ragLabel: meta.ragLabel,
    statusText: `${meta.label} (${meta.ragLabel})`,
    statusReason: action.statusReason,
    updatedAt: action.updatedAt,
    // A departed member's id is still worth showing: it is who last touched the row.
    updatedBy: updater?.displayName ?? action.updatedBy,
  };
}

/** Start–target in British format, saying plainly when either end is not set. */
export function timescale(start: IsoDate | null, target: IsoDate | null): string {
  if (start && target) return `${formatShortDate(start)} – ${formatShortDate(target)}`;
  if (target) return `By ${formatShortDate(target)}`;
  if (start) return `From ${formatShortDate(start)}, no target date`;
  return 'Not set';
}
