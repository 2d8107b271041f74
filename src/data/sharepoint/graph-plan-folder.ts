import type { DriveItem } from '@microsoft/microsoft-graph-types';
import { driveItemPath, planFolderNames, SUBMISSIONS_FOLDER } from '../graph/drive-paths';
import type { GraphApi } from '../graph/graph-api';
import { receivedOrEmpty } from '../graph/graph-payloads';
import { isStoreError, StoreError } from '../store-error';
import type { PlanFolders } from './permission-applier';

const isStatus = (error: unknown, status: number) => isStoreError(error) && error.details.status === status;

async function createFolder(api: GraphApi, siteId: string, planId: string): Promise<unknown> {
  try {
    const folder: DriveItem & { readonly '@microsoft.graph.conflictBehavior': 'fail' } = {
      name: planId,
      folder: {},
      '@microsoft.graph.conflictBehavior': 'fail',
    };
    return await api.post(driveItemPath(siteId, [SUBMISSIONS_FOLDER], '/children'), folder);
  } catch (error) {
    // Someone else made it meanwhile: theirs is as good as ours.
    if (isStatus(error, 409)) return api.get(driveItemPath(siteId, planFolderNames(planId)));
    throw error;
  }
}

/** A folder's server-relative URL, from its `webUrl` (`https://host/sites/x/Shared%20Documents/…`). */
function serverRelativeUrlOf(item: unknown): string {
  const webUrl = receivedOrEmpty<DriveItem>(item).webUrl;
  if (typeof webUrl !== 'string') {
    throw new StoreError('server', 'Graph sent a folder without its address.', { code: 'unexpectedResponse' });
  }
  return decodeURIComponent(new URL(webUrl).pathname).replace(/\/+$/, '');
}

/**
 * The plan's folder of submissions, made when missing (read first, so an unchanged plan writes
 * nothing), and the server-relative URLs SharePoint REST reaches it and its parent by. The
 * library's address comes from SharePoint, so a library not named "Shared Documents" works too.
 */
export async function ensurePlanFolder(
  api: GraphApi,
  siteId: string,
  planId: string,
): Promise<{ readonly folders: PlanFolders; readonly created: boolean }> {
  let item: unknown;
  let created = false;
  try {
    item = await api.get(`${driveItemPath(siteId, planFolderNames(planId))}?$select=id,name,webUrl`);
  } catch (error) {
    if (!isStatus(error, 404)) throw error;
    item = await createFolder(api, siteId, planId);
    created = true;
  }
  const plan = serverRelativeUrlOf(item);
  return { folders: { plan, submissions: plan.slice(0, plan.lastIndexOf('/')) }, created };
}
