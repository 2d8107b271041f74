import type { Action } from '../../domain/action';
import type { AgencyKey } from '../../domain/agency';
import type { ActionId, PlanId } from '../../domain/ids';
import { StoreError } from '../store-error';
import { queryItems } from './item-queries';
import { readText } from './mappers/field-readers';
import type { StoreContext } from './store-context';

export function rememberActionAgencies(ctx: StoreContext, actions: readonly Action[]): void {
  for (const action of actions) ctx.actionAgencies.set(action.id, action.leadAgency);
}

/**
 * The lead agency of an action, which its progress updates are stored with. Usually known from
 * loading the plan; otherwise the plan's actions are read once (their Title is not indexed).
 */
export async function agencyOfAction(ctx: StoreContext, planId: PlanId, actionId: ActionId): Promise<AgencyKey> {
  const known = ctx.actionAgencies.get(actionId);
  if (known !== undefined) return known;
  for (const item of await queryItems(ctx, 'actions', { PlanId: planId })) {
    ctx.actionAgencies.set(readText(item.fields, 'Title'), readText(item.fields, 'Agency'));
  }
  const found = ctx.actionAgencies.get(actionId);
  if (found === undefined)
    throw new StoreError('not-found', 'The action this update is about no longer exists.', { code: 'actionNotFound' });
  return found;
}
