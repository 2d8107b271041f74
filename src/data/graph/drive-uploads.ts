import type { DriveItemUploadableProperties, UploadSession } from '@microsoft/microsoft-graph-types';
import type { PlanStore, SavedFile, SubmissionFile } from '../plan-store.port';
import { StoreError } from '../store-error';
import { asDriveItem, latestVersionLabel } from './drive-item';
import { driveItemPath, driveVersionsPath, submissionNames } from './drive-paths';
import { cancelUploadSession, uploadInFragments, type FragmentTransport } from './drive-upload-session';
import type { GraphApi } from './graph-api';
import type { GraphConnection } from './graph-client';
import { asReceived } from './graph-payloads';
import { mapGraphError } from './map-graph-error';
import { getAllPages } from './paging';

/** Graph's limit for a simple upload; anything larger goes through an upload session. */
export const SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024;

export interface DriveUploadDeps {
  readonly api: GraphApi;
  /** The Graph client, for the one call `GraphApi` has no verb for: PUT of raw bytes. */
  readonly connection: GraphConnection;
  readonly siteId: string;
  readonly fetch: typeof fetch;
}

/** `replace` makes an existing file's content the next version rather than failing or renaming. */
const CONFLICT = '@microsoft.graph.conflictBehavior';

async function putContent(deps: DriveUploadDeps, names: readonly string[], file: SubmissionFile): Promise<unknown> {
  const path = `${driveItemPath(deps.siteId, names, '/content')}?${CONFLICT}=replace`;
  try {
    return await (
      await deps.connection.client()
    )
      .api(path)
      .header('Content-Type', file.contentType || 'application/octet-stream')
      // A Blob passes the client's serialiser untouched in the browser and in Node alike.
      .put(new Blob([file.bytes.slice()]));
  } catch (error) {
    throw mapGraphError(error);
  }
}

async function uploadLarge(deps: DriveUploadDeps, names: readonly string[], file: SubmissionFile): Promise<unknown> {
  const item: DriveItemUploadableProperties & { readonly [CONFLICT]: 'replace' } = {
    [CONFLICT]: 'replace',
    name: names.at(-1),
  };
  const session = asReceived<UploadSession>(
    await deps.api.post(driveItemPath(deps.siteId, names, '/createUploadSession'), { item }),
    'an upload session',
  );
  const url = session.uploadUrl;
  if (typeof url !== 'string') {
    throw new StoreError('server', 'The server sent an upload session without its URL.', {
      code: 'unexpectedResponse',
    });
  }
  const transport: FragmentTransport = {
    fetch: deps.fetch,
    retry: deps.connection.retry,
    savedFile: async () => {
      const saved = await deps.api.get(driveItemPath(deps.siteId, names));
      return asDriveItem(saved).size === file.bytes.length ? saved : null;
    },
  };
  try {
    return await uploadInFragments(transport, url, file.bytes);
  } catch (error) {
    await cancelUploadSession(transport, url);
    throw error;
  }
}

/** A file as saved, with its current version (a SharePoint driveItem carries no version label; its versions do). */
async function savedFile(deps: DriveUploadDeps, value: unknown): Promise<SavedFile> {
  const item = asDriveItem(value);
  const versions = await getAllPages(deps.api, driveVersionsPath(deps.siteId, item.id));
  return {
    name: item.name,
    webUrl: item.webUrl,
    version: latestVersionLabel(versions),
    size: item.size,
    savedAt: item.lastModified,
  };
}

/** Saves a submission file into the library and reads back the version the save made. */
async function saveSubmissionFile(deps: DriveUploadDeps, file: SubmissionFile): Promise<SavedFile> {
  const names = submissionNames(file.planId, file.fileName);
  const uploaded = file.bytes.length <= SIMPLE_UPLOAD_LIMIT ? putContent : uploadLarge;
  return savedFile(deps, await uploaded(deps, names, file));
}

async function findSubmissionFile(deps: DriveUploadDeps, planId: string, fileName: string): Promise<SavedFile | null> {
  try {
    return await savedFile(deps, await deps.api.get(driveItemPath(deps.siteId, submissionNames(planId, fileName))));
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'not-found') return null;
    throw error;
  }
}

export function driveUploads(deps: DriveUploadDeps): Pick<PlanStore, 'saveSubmissionFile' | 'findSubmissionFile'> {
  return {
    saveSubmissionFile: (file) => saveSubmissionFile(deps, file),
    findSubmissionFile: (planId, fileName) => findSubmissionFile(deps, planId, fileName),
  };
}
