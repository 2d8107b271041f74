import type { Action, ActionStatus } from '../../../src/domain/action';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import type { Finding, FindingType } from '../../../src/domain/finding';
import type { ActionId, FindingId, MemberId, UpdateId, UserId } from '../../../src/domain/ids';
import type { Plan } from '../../../src/domain/plan';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import type { ProgressUpdate } from '../../../src/domain/progress-update';
import { AGENCIES, PLAN_ID, aMember, anAction } from '../fixtures';

export const PLAN: Plan = {
  id: PLAN_ID,
  title: 'Testshire JTAI 2018',
  area: 'Testshire',
  inspectionType: 'jtai',
  theme: 'neglect',
  letterDate: isoDate('2018-01-30'),
  fieldwork: null,
  principalAuthority: 'Testshire County Council',
  printedDeadline: isoDate('2018-05-11'),
  agencies: AGENCIES,
  stage: 'monitoring',
  archived: false,
  foreword: '',
  monitoringArrangements: '',
};

export function aFinding(n: number, type: FindingType = 'improvement'): Finding {
  return {
    id: `fnd-${n}` as FindingId,
    planId: PLAN_ID,
    type,
    text: `Finding ${n} text`,
    subItems: [],
    heading: null,
    agencies: [],
    order: n,
  };
}

export const action = (n: number, overrides: Partial<Action> = {}): Action =>
  anAction({ id: `act-${n}` as ActionId, order: n, findingId: 'fnd-1' as FindingId, ...overrides });

export function anUpdate(
  n: number,
  actionId: string,
  at: string,
  status: ActionStatus | null,
  text = `Update ${n}`,
): ProgressUpdate {
  return {
    id: `upd-${String(n).padStart(4, '0')}` as UpdateId,
    planId: PLAN_ID,
    actionId: actionId as ActionId,
    authorId: 'u-author' as UserId,
    authorName: 'Alex Author',
    at: at as IsoDateTime,
    text,
    status,
  };
}

export const OWNER = { ...aMember('agency-owner', 'police'), id: 'mem-owner' as MemberId, displayName: 'Pat Police' };

export function snapshotOf(parts: Partial<PlanSnapshot>): PlanSnapshot {
  return {
    plan: PLAN,
    findings: [aFinding(1), aFinding(2), aFinding(3, 'priority-action')],
    actions: [],
    updates: [],
    members: [OWNER],
    signOffs: [],
    ...parts,
  };
}
