import { ACTION_STATUSES, type Action, type ActionStatus } from '../action';
import type { AgencyKey } from '../agency';
import type { FindingType } from '../finding';
import { findingReferences, inLetterOrder } from '../finding-references';
import { findingShortTitle } from '../finding-title';
import type { FindingId } from '../ids';
import type { PlanSnapshot } from '../plan-snapshot';

export type StatusCounts = Readonly<Record<ActionStatus, number>>;

export interface CountRow<K extends string> {
  readonly key: K;
  /** Short label for a chart axis. */
  readonly label: string;
  readonly counts: StatusCounts;
  readonly total: number;
}

export interface FindingCountRow extends CountRow<FindingId> {
  readonly type: FindingType;
  /** How the plan numbers the finding, e.g. "Area for improvement 3". */
  readonly reference: string;
  /** The finding's words, verbatim: the label's tooltip and the table's first column. */
  readonly text: string;
}

export const emptyCounts = (): Record<ActionStatus, number> =>
  Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;

export function countStatuses(actions: readonly Pick<Action, 'status'>[]): StatusCounts {
  const counts = emptyCounts();
  for (const a of actions) counts[a.status]++;
  return counts;
}

/**
 * Actions by lead agency and status, in the plan's agency order; an agency with no actions still
 * shows (a row of zeros says something to a board), and an action led by an agency since removed
 * from the plan gets a row of its own at the end.
 */
export function actionsByAgencyAndStatus(snapshot: PlanSnapshot): CountRow<AgencyKey>[] {
  const rows = new Map<AgencyKey, { label: string; counts: Record<ActionStatus, number> }>();
  for (const agency of snapshot.plan.agencies) rows.set(agency.key, { label: agency.shortName, counts: emptyCounts() });
  for (const action of snapshot.actions) {
    const row = rows.get(action.leadAgency) ?? { label: action.leadAgency, counts: emptyCounts() };
    row.counts[action.status]++;
    rows.set(action.leadAgency, row);
  }
  return [...rows].map(([key, { label, counts }]) => ({ key, label, counts, total: sum(counts) }));
}

/**
 * Actions by the finding they answer, in letter order, each labelled with the finding's short
 * title and numbered per finding type as the plan is.
 */
export function actionsByFinding(snapshot: PlanSnapshot): FindingCountRow[] {
  const counts = new Map<FindingId, Record<ActionStatus, number>>();
  for (const action of snapshot.actions) {
    const row = counts.get(action.findingId) ?? emptyCounts();
    row[action.status]++;
    counts.set(action.findingId, row);
  }
  const references = findingReferences(snapshot.findings);
  return inLetterOrder(snapshot.findings).flatMap((finding) => {
    const row = counts.get(finding.id);
    if (!row) return [];
    return [
      {
        key: finding.id,
        label: findingShortTitle(finding),
        type: finding.type,
        reference: references.get(finding.id)!,
        text: finding.text,
        counts: row,
        total: sum(row),
      },
    ];
  });
}

const sum = (counts: StatusCounts): number => ACTION_STATUSES.reduce((total, s) => total + counts[s], 0);
