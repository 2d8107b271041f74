import { LIST_KEYS, LISTS, type ListKey } from '../../data/sharepoint/list-schema';
import type { ListRecord, SiteState } from '../model/list-model';
import { checkActionWrite } from './action-rules';
import { checkFindingWrite, checkMemberWrite, checkPlanWrite } from './admin-rules';
import { checkSignOffWrite, checkUpdateWrite } from './append-only-rules';
import { checkGovernanceWrite, checkWorkflowEventWrite } from './governance-rules';
import { checkNotificationWrite } from './notification-rules';
import { planFacts, type PlanFacts } from './plan-facts';
import { allow, type Verdict, type WriteAttempt } from './write-attempt';

type Rule = (facts: PlanFacts, attempt: WriteAttempt) => Verdict;

const RULES: Readonly<Record<ListKey, Rule>> = {
  plans: checkPlanWrite,
  members: checkMemberWrite,
  findings: checkFindingWrite,
  actions: checkActionWrite,
  updates: checkUpdateWrite,
  signOffs: checkSignOffWrite,
  governance: checkGovernanceWrite,
  workflowEvents: checkWorkflowEventWrite,
  notifications: checkNotificationWrite,
};

/**
 * The item permissions a tenant gets at provisioning, applied by the emulator. Lists that
 * are not the product's (e.g. made by hand) have no item permissions beyond sign-in.
 */
export function checkItemWrite(site: SiteState, list: ListRecord, attempt: WriteAttempt): Verdict {
  const key = LIST_KEYS.find((k) => LISTS[k].displayName.toLowerCase() === list.displayName.toLowerCase());
  return key ? RULES[key](planFacts(site), attempt) : allow();
}
