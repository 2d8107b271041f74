import type { AgencyKey } from '../../domain/agency';
import { LISTS, type ListKey } from '../sharepoint/list-schema';
import type { GraphApi } from './graph-api';
import type { ListIds } from './list-ids';

/** What the store's operations share: one connection, one site, and what they have learnt. */
export interface StoreContext {
  readonly api: GraphApi;
  readonly siteId: string;
  readonly lists: ListIds;
  /** `$top` of item queries. */
  readonly pageSize: number;
  /** `list:domainId` of creates whose outcome is unknown (the request failed), to look up before posting again. */
  readonly unconfirmedCreates: Set<string>;
  /** The lead agency of each action seen, which a progress update is stored with. */
  readonly actionAgencies: Map<string, AgencyKey>;
}

/** The schema's columns of a list: what item queries select. */
export const columnsOf = (key: ListKey): readonly string[] => LISTS[key].columns.map((c) => c.name);
