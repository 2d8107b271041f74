import { ACTION_STATUSES, ACTION_STATUS_META, type ActionStatus } from '../domain/action';
import type { Agency, AgencyKey } from '../domain/agency';
import type { ActionRow, AgencyCounts, SubmissionSummary } from './submission-model.types';

const zeroCounts = (): Record<ActionStatus, number> => ({
  'not-started': 0,
  'on-track': 0,
  'at-risk': 0,
  'off-track': 0,
  complete: 0,
});

/** Actions counted by lead agency and status; every plan agency appears, even with none. */
export function buildSummary(agencies: readonly Agency[], actions: readonly ActionRow[]): SubmissionSummary {
  const rows = new Map<AgencyKey, { agency: string; counts: Record<ActionStatus, number> }>();
  for (const agency of agencies) rows.set(agency.key, { agency: agency.name, counts: zeroCounts() });
  const totals = zeroCounts();
  for (const action of actions) {
    const row = rows.get(action.leadAgencyKey) ?? { agency: action.leadAgency, counts: zeroCounts() };
    row.counts[action.status] += 1;
    rows.set(action.leadAgencyKey, row);
    totals[action.status] += 1;
  }
  return {
    statuses: ACTION_STATUSES.map((status) => ({
      status,
      label: ACTION_STATUS_META[status].label,
      ragLabel: ACTION_STATUS_META[status].ragLabel,
    })),
    rows: [...rows].map(([key, row]) => countsRow(key, row.agency, row.counts)),
    totals: countsRow(null, 'All agencies', totals),
  };
}

function countsRow(agencyKey: AgencyKey | null, agency: string, counts: Record<ActionStatus, number>): AgencyCounts {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { agencyKey, agency, counts, total };
}
