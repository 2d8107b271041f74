import type { PlanStore } from '../plan-store.port';
import { isStoreError } from '../store-error';
import type { FieldValues, ItemFields } from './list-item';
import { createItemsOnce } from './create-once';
import { itemPath } from './graph-paths';
import { queryItems } from './item-queries';
import { entryToFields } from './mappers/governance-entry.mapper';
import { summaryFromFields, summaryToFields } from './mappers/governance.mapper';
import { entriesOf } from './load-plan';
import type { StoreContext } from './store-context';
import { firstOfEach } from './unique-items';

export type PlanStoreGovernance = Pick<
  PlanStore,
  'appendGovernanceEntry' | 'loadGovernanceEntries' | 'saveGovernanceSummary' | 'listGovernance'
>;

/** The stored item is this entry: the same id, claimed author and event. */
const sameEntry = (stored: ItemFields, fields: FieldValues): boolean =>
  ['EntryId', 'ActorUserId', 'EntryJson'].every((column) => stored[column] === fields[column]);

/**
 * The governance record is appended to, never edited: adding an entry is one request, which
 * SharePoint stamps with who added it and when. What the entries add up to is worked out by the
 * app's workflow on every read, so nothing here needs (or has) write access to shared state.
 */
export function planStoreGovernance(ctx: StoreContext): PlanStoreGovernance {
  return {
    appendGovernanceEntry: async (entry) => {
      const fields = entryToFields(entry);
      try {
        await createItemsOnce(ctx, 'workflowEvents', [{ planId: entry.planId, title: entry.id, fields }]);
      } catch (error) {
        // Entry ids are unique: a conflict is this very entry already stored (a retry), or another one.
        if (!isStoreError(error) || error.kind !== 'conflict') throw error;
        const stored = await queryItems(ctx, 'workflowEvents', { PlanId: entry.planId });
        if (!stored.some((item) => sameEntry(item.fields, fields))) throw error;
      }
    },
    loadGovernanceEntries: async (planId) => entriesOf(await queryItems(ctx, 'workflowEvents', { PlanId: planId })),
    saveGovernanceSummary: async (summary) => {
      const [stored] = firstOfEach(await queryItems(ctx, 'governance', { PlanId: summary.planId })).kept;
      const fields = summaryToFields(summary);
      if (!stored) {
        await createItemsOnce(ctx, 'governance', [{ planId: summary.planId, title: summary.planId, fields }]);
        return;
      }
      // The summary follows the record, whoever wrote it last; the record itself is never overwritten.
      await ctx.api.patch(`${itemPath(ctx.siteId, await ctx.lists.id('governance'), stored.id)}/fields`, fields, '*');
    },
    listGovernance: async () => {
      const items = firstOfEach(await queryItems(ctx, 'governance')).kept;
      const summaries = items.map((item) => summaryFromFields(item.fields)).filter((s) => s !== null);
      return summaries.sort((a, b) => a.planId.localeCompare(b.planId));
    },
  };
}
