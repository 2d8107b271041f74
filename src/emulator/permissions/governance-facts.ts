import { actionFromFields } from '../../data/graph/mappers/action.mapper';
import { findingFromFields } from '../../data/graph/mappers/finding.mapper';
import { governanceFromFields } from '../../data/graph/mappers/governance.mapper';
import { withAuthoritativeHistory } from '../../data/graph/mappers/governance-history';
import { memberFromFields } from '../../data/graph/mappers/member.mapper';
import { planFromFields } from '../../data/graph/mappers/plan.mapper';
import { progressUpdateFromFields } from '../../data/graph/mappers/progress-update.mapper';
import { signOffFromFields } from '../../data/graph/mappers/sign-off.mapper';
import { workflowEventFromFields } from '../../data/graph/mappers/workflow-event.mapper';
import { LISTS, type ListKey } from '../../data/sharepoint/list-schema';
import type { PlanId } from '../../domain/ids';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { SignOff } from '../../domain/sign-off';
import type { Governance } from '../../domain/workflow/governance';
import type { FieldValues, SiteState } from '../model/list-model';
import { findList } from '../model/site-lookup';

/**
 * A plan as the app sees it, read from the site with the adapter's own mappers, so the
 * emulator judges a write against exactly what the writer's client loaded.
 */

/** The fields of a product list's items that belong to a plan, in the order they were created. */
function planRows(site: SiteState, key: ListKey, planId: string): FieldValues[] {
  const list = findList(site, LISTS[key].displayName);
  return list ? [...list.items.values()].map((i) => i.fields).filter((f) => f['PlanId'] === planId) : [];
}

export const storedSignOffs = (site: SiteState, planId: string): SignOff[] =>
  planRows(site, 'signOffs', planId).map(signOffFromFields);

/** The plan's governance now, rebuilt as the adapter loads it; a plan without one is at its start. */
export function currentGovernance(site: SiteState, planId: string): Governance {
  const [stored] = planRows(site, 'governance', planId);
  const audit = planRows(site, 'workflowEvents', planId)
    .map(workflowEventFromFields)
    .filter((e) => e !== null);
  const state = stored ? governanceFromFields(stored) : null;
  return withAuthoritativeHistory(planId as PlanId, state, storedSignOffs(site, planId), audit);
}

/** The plan's content as stored now, or null when the plan has no item. */
export function currentContent(site: SiteState, planId: string): PlanSnapshot | null {
  const [plan] = planRows(site, 'plans', planId);
  if (!plan) return null;
  return {
    plan: planFromFields(plan),
    findings: planRows(site, 'findings', planId).map(findingFromFields),
    actions: planRows(site, 'actions', planId).map(actionFromFields),
    updates: planRows(site, 'updates', planId).map(progressUpdateFromFields),
    members: planRows(site, 'members', planId).map(memberFromFields),
    signOffs: storedSignOffs(site, planId),
  };
}
