import { ACTION_STATUS_META, ACTION_STATUSES, type Action, type ActionStatus } from './action';
import { agencyLabel } from './agency';
import { urgencyOf, type Urgency } from './action-urgency';
import type { IsoDate } from './dates';
import { findingReferences } from './finding-references';
import type { PlanSnapshot } from './plan-snapshot';

export type GroupBy = 'finding' | 'agency' | 'status' | 'none';
export type SortBy = 'order' | 'target' | 'status' | 'agency';

export interface ActionQuery {
  readonly search: string;
  readonly agency: string | null;
  readonly status: ActionStatus | null;
  readonly overdueOnly: boolean;
  readonly groupBy: GroupBy;
  readonly sortBy: SortBy;
}

export const DEFAULT_QUERY: ActionQuery = {
  search: '',
  agency: null,
  status: null,
  overdueOnly: false,
  groupBy: 'finding',
  sortBy: 'order',
};

export interface ActionRow {
  readonly action: Action;
  readonly findingLabel: string;
  readonly agencyName: string;
  readonly officerName: string;
  readonly urgency: Urgency;
}

export interface ActionGroup {
  readonly key: string;
  readonly label: string;
  readonly rows: readonly ActionRow[];
}

/** Filters, sorts and groups a plan's actions for the grid; linear in the number of actions. */
export function queryActions(
  snapshot: PlanSnapshot,
  query: ActionQuery,
  today: IsoDate,
): { groups: ActionGroup[]; total: number } {
  const rows = toRows(snapshot, today).filter(matcher(query));
  rows.sort(comparator(query.sortBy));
  return { groups: group(rows, query.groupBy, snapshot), total: rows.length };
}

function toRows(snapshot: PlanSnapshot, today: IsoDate): ActionRow[] {
  const findings = new Map(snapshot.findings.map((f) => [f.id, f]));
  const references = findingReferences(snapshot.findings);
  const officers = new Map(snapshot.members.map((m) => [m.id, m.displayName]));
  return snapshot.actions.map((action) => {
    const finding = findings.get(action.findingId);
    return {
      action,
      findingLabel: finding ? `${references.get(finding.id)}: ${finding.text}` : 'Finding removed',
      agencyName: agencyLabel(snapshot.plan.agencies, action.leadAgency),
      officerName: (action.leadOfficer && officers.get(action.leadOfficer)) || 'Not assigned',
      urgency: urgencyOf(action, today),
    };
  });
}

function matcher(query: ActionQuery): (row: ActionRow) => boolean {
  const words = query.search.toLowerCase().split(/\s+/).filter(Boolean);
  return (row) =>
    (!query.agency || row.action.leadAgency === query.agency) &&
    (!query.status || row.action.status === query.status) &&
    (!query.overdueOnly || row.urgency === 'overdue') &&
    (words.length === 0 || words.every((w) => haystack(row).includes(w)));
}

const haystack = (row: ActionRow) =>
  `${row.action.title} ${row.findingLabel} ${row.agencyName} ${row.officerName} ${row.action.successMeasure}`.toLowerCase();

function comparator(sortBy: SortBy): (a: ActionRow, b: ActionRow) => number {
  const byOrder = (a: ActionRow, b: ActionRow) => a.action.order - b.action.order;
  switch (sortBy) {
    case 'target':
      return (a, b) => (a.action.targetDate ?? '9999').localeCompare(b.action.targetDate ?? '9999') || byOrder(a, b);
    case 'status':
      return (a, b) =>
        ACTION_STATUSES.indexOf(a.action.status) - ACTION_STATUSES.indexOf(b.action.status) || byOrder(a, b);
    case 'agency':
      return (a, b) => a.agencyName.localeCompare(b.agencyName) || byOrder(a, b);
    default:
      return byOrder;
  }
}

function group(rows: readonly ActionRow[], groupBy: GroupBy, snapshot: PlanSnapshot): ActionGroup[] {
  if (groupBy === 'none') return [{ key: 'all', label: 'All actions', rows }];
  const groups = new Map<string, { label: string; rows: ActionRow[] }>();
  for (const row of rows) {
    const [key, label] = groupKey(row, groupBy);
    const entry = groups.get(key) ?? { label, rows: [] };
    entry.rows.push(row);
    groups.set(key, entry);
  }
  const order = groupOrder(groupBy, snapshot);
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([key, { label, rows: groupRows }]) => ({ key, label, rows: groupRows }));
}

function groupKey(row: ActionRow, groupBy: Exclude<GroupBy, 'none'>): [string, string] {
  if (groupBy === 'finding') return [row.action.findingId, row.findingLabel];
  if (groupBy === 'agency') return [row.action.leadAgency, row.agencyName];
  return [row.action.status, ACTION_STATUS_META[row.action.status].label];
}

function groupOrder(groupBy: GroupBy, snapshot: PlanSnapshot): (key: string) => number {
  if (groupBy === 'finding') {
    const order = new Map(snapshot.findings.map((f) => [f.id as string, f.order]));
    return (key) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
  }
  if (groupBy === 'status') return (key) => ACTION_STATUSES.indexOf(key as ActionStatus);
  const agencies = snapshot.plan.agencies.map((a) => a.key as string);
  return (key) => agencies.indexOf(key);
}
