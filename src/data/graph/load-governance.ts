import type { PlanId } from '../../domain/ids';
import type { SignOff } from '../../domain/sign-off';
import type { Governance } from '../../domain/workflow/governance';
import type { Versioned } from '../plan-store.port';
import type { ListItem } from './list-item';
import { governanceFromFields } from './mappers/governance.mapper';
import { hasWorkflowHistory, withAuthoritativeHistory } from './mappers/governance-history';
import { workflowEventFromFields } from './mappers/workflow-event.mapper';
import { encodeVersion, UNSTORED_VERSION } from './store-version';

/**
 * The plan's governance from its state item and its history lists. An unreadable state does not
 * lock the plan: it is rebuilt from the history and keeps the item's version, so the next
 * commit overwrites it.
 */
export function loadedGovernance(
  planId: PlanId,
  item: ListItem | undefined,
  signOffs: readonly SignOff[],
  eventItems: readonly ListItem[],
): Versioned<Governance> | null {
  const audit = eventItems.map((e) => workflowEventFromFields(e.fields)).filter((e) => e !== null);
  if (!item && !hasWorkflowHistory(planId, signOffs, audit)) return null;
  const stored = item ? governanceFromFields(item.fields) : null;
  return {
    value: withAuthoritativeHistory(planId, stored, signOffs, audit),
    version: item ? encodeVersion({ itemId: item.id, eTag: item.eTag }) : UNSTORED_VERSION,
  };
}
