import type { Action } from './action';
import type { Finding } from './finding';
import type { Member } from './member';
import type { Plan } from './plan';
import type { ProgressUpdate } from './progress-update';
import type { SignOff } from './sign-off';

/** Everything the tab shows about one plan. */
export interface PlanSnapshot {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly actions: readonly Action[];
  readonly updates: readonly ProgressUpdate[];
  readonly members: readonly Member[];
  readonly signOffs: readonly SignOff[];
}
