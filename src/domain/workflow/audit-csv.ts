import { agencyLabel, type Agency } from '../agency';
import { formatDateTime } from '../dates';
import { ROLE_LABEL } from '../member';
import { AUDIT_KIND_LABEL, type AuditEvent } from './audit-event';
import type { Governance } from './governance';
import { stageLabel } from './stage-chain';

export const AUDIT_CSV_HEADER = [
  'When (UTC)',
  'When (UK time)',
  'Who',
  'Role',
  'Agency',
  'Event',
  'Stage',
  'Details',
  'Event id',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which
 * some spreadsheets skip before looking) as a formula, so a comment such as "=HYPERLINK(…)"
 * could act when the trail is opened. A leading apostrophe makes it plain text.
 */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a cell holding a comma, a quote or a line break, doubling its quotes. */
export function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export const csvCell = (value: string): string => quoteCell(escapeFormula(value));

export const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');

function auditRow(event: AuditEvent, g: Governance, agencies: readonly Agency[]): string[] {
  return [
    event.at,
    formatDateTime(event.at),
    event.actor.name,
    ROLE_LABEL[event.actor.role],
    event.actor.agency === null ? '' : agencyLabel(agencies, event.actor.agency),
    AUDIT_KIND_LABEL[event.kind],
    stageLabel(g.chain, event.stage),
    event.summary,
    event.id,
  ];
}

/** The audit trail as CSV text (CRLF line ends, header first), oldest event first. */
export function auditCsv(g: Governance, agencies: readonly Agency[]): string {
  const rows = [AUDIT_CSV_HEADER, ...g.audit.map((event) => auditRow(event, g, agencies))];
  return rows.map(csvRow).join('\r\n') + '\r\n';
}
