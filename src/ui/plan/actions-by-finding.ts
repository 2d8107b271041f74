import type { Action } from '../../domain/action';
import type { FindingId } from '../../domain/ids';

/** How many of a finding's actions the overview shows before "Show more". */
export const ACTIONS_PAGE = 10;

/** The plan's actions by finding, in one pass, keeping their order. */
export function actionsByFinding(actions: readonly Action[]): ReadonlyMap<FindingId, readonly Action[]> {
  const byFinding = new Map<FindingId, Action[]>();
  for (const action of actions) {
    const list = byFinding.get(action.findingId);
    if (list) list.push(action);
    else byFinding.set(action.findingId, [action]);
  }
  return byFinding;
}
