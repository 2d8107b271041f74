import { agencyLabel, type Agency } from '../agency';
import { formatDateTime } from '../dates';
import { ROLE_LABEL } from '../member';
import { AUDIT_KIND_LABEL, type AuditEvent } from './audit-event';
import { entryLabel } from './entry-label';
import type { Governance } from './governance';
import type { EntryVerdict } from './replay-governance';
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

/** An entry of the record that changed nothing, with the person SharePoint says added it. */
function notCountedRow(verdict: EntryVerdict): string[] {
  const { entry } = verdict;
  return [
    entry.at,
    formatDateTime(entry.at),
    entry.author.name,
    '',
    '',
    `Not counted: ${entryLabel(entry)}`,
    '',
    verdict.reason ?? '',
    entry.id,
  ];
}

/**
 * The audit trail as CSV text (CRLF line ends, header first), oldest first: what counted, and
 * the entries of the record that did not, with why.
 */
export function auditCsv(g: Governance, agencies: readonly Agency[], notCounted: readonly EntryVerdict[] = []): string {
  const rows = [
    ...g.audit.map((event) => ({ at: event.at, cells: auditRow(event, g, agencies) })),
    ...notCounted.map((verdict) => ({ at: verdict.entry.at, cells: notCountedRow(verdict) })),
  ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return [AUDIT_CSV_HEADER, ...rows.map((r) => r.cells)].map(csvRow).join('\r\n') + '\r\n';
}
