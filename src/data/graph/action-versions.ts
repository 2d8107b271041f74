import type { ListItemVersion } from '@microsoft/microsoft-graph-types';
import type { ActionVersion } from '../../domain/action-history';
import { isoDateTime } from '../../domain/dates';
import type { StoreVersion } from '../plan-store.port';
import { itemPath } from './graph-paths';
import { asReceived } from './graph-payloads';
import { stampsOf, type ItemFields } from './list-item';
import { actionCodec } from './mappers/action.mapper';
import { getAllPages } from './paging';
import type { StoreContext } from './store-context';
import { decodeVersion } from './store-version';

/**
 * The versions SharePoint keeps of one action, oldest first, each with who saved it and when (stamped
 * by SharePoint, not by the app). Reading them needs View Versions, which Read includes.
 * See https://learn.microsoft.com/graph/api/listitem-list-versions (newest first; `$expand=fields`).
 */
export async function actionVersions(ctx: StoreContext, version: StoreVersion): Promise<ActionVersion[]> {
  const { itemId } = decodeVersion(version);
  const path = `${itemPath(ctx.siteId, await ctx.lists.id('actions'), itemId)}/versions?$expand=fields`;
  const versions = (await getAllPages(ctx.api, path)).flatMap((raw): ActionVersion[] => {
    const received = asReceived<ListItemVersion>(raw, 'an item version');
    const { modifiedAt, modifiedBy } = stampsOf(received);
    const fields = received.fields;
    if (!modifiedAt || !modifiedBy || typeof fields !== 'object' || fields === null) return [];
    return [
      {
        action: actionCodec.fromFields(fields as ItemFields),
        at: isoDateTime(new Date(modifiedAt)),
        by: { userId: modifiedBy.id, name: modifiedBy.displayName },
        // Version labels count up from 1.0; past SharePoint's limit the oldest are gone.
        first: received.id === '1.0',
      },
    ];
  });
  return versions.reverse();
}
