import type { User } from '@microsoft/microsoft-graph-types';
import { sendBatch } from '../graph/batch';
import type { GraphApi } from '../graph/graph-api';
import { receivedOrEmpty } from '../graph/graph-payloads';
import type { UpnLookup } from './site-people';

/**
 * User principal names from Graph, twenty people a round trip (`$batch`). A guest's is the
 * `…#EXT#@tenant` name SharePoint resolves; one the directory no longer has is left out.
 */
export function graphUpnLookup(api: GraphApi): UpnLookup {
  return async (userIds) => {
    const results = await sendBatch(
      api,
      userIds.map((id) => ({
        method: 'GET' as const,
        url: `/users/${encodeURIComponent(id)}?$select=id,userPrincipalName`,
      })),
    );
    const upns = new Map<string, string>();
    results.forEach((result, index) => {
      if (!result.ok) {
        if (result.error.kind !== 'not-found') throw result.error;
        return;
      }
      const upn = receivedOrEmpty<User>(result.body).userPrincipalName;
      const id = userIds[index];
      if (id !== undefined && typeof upn === 'string' && upn !== '') upns.set(id, upn);
    });
    return upns;
  };
}
