import type { SpRest } from './sp-rest-client';
import { allValues, numberOf, odataLiteral } from './sp-values';

/** One of a plan's items, and whether it already has permissions of its own. */
export interface PlanItem {
  readonly id: number;
  readonly unique: boolean;
}

/** SharePoint serves at most this many items a page (its list view threshold). */
const PAGE_SIZE = 5000;

export const listPath = (title: string): string => `/_api/web/lists/getbytitle(${odataLiteral(title)})`;

/**
 * Every item of one plan in a list, through SharePoint REST: Graph does not say whether an item
 * inherits its permissions. `HasUniqueRoleAssignments` is left out of an item unless selected.
 * https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-2010/ms442870(v=office.14)
 * `PlanId` is indexed, so the filter holds past the list view threshold.
 */
export async function readPlanItems(rest: SpRest, listTitle: string, planId: string): Promise<PlanItem[]> {
  const filter = encodeURIComponent(`PlanId eq '${planId.replace(/'/g, "''")}'`);
  const items = await allValues(
    rest,
    `${listPath(listTitle)}/items?$select=Id,HasUniqueRoleAssignments&$filter=${filter}&$top=${PAGE_SIZE}`,
  );
  return items.map((item) => ({
    id: numberOf(item['Id'], `an item of ${listTitle}`),
    unique: item['HasUniqueRoleAssignments'] === true,
  }));
}
