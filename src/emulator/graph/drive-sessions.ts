import { badRequest, GraphError, notFound } from '../http/graph-error';
import { isObject } from '../http/json-input';
import { mimeTypeFor } from '../model/drive-names';
import type { DriveContent } from '../persistence/drive-content';
import { fileView, siteWebUrl } from './drive-item-view';
import { checkDriveWrite } from './drive-access';
import {
  checkFileSize,
  checkFileTarget,
  parseConflictBehavior,
  saveDriveFile,
  type ConflictBehavior,
} from './drive-save';
import { json, type GraphResponse, type GraphServices, type RouteContext } from './graph-request';

/** Graph's limit on one fragment, and the unit every fragment but the last must be a multiple of. */
export const MAX_FRAGMENT_BYTES = 60 * 1024 * 1024;
export const FRAGMENT_UNIT = 320 * 1024;
const SESSION_LIFETIME_MS = 60 * 60 * 1000;

interface UploadSession {
  readonly callerId: string;
  readonly names: readonly string[];
  readonly conflict: ConflictBehavior;
  total: number | null;
  received: number;
  expires: number;
}

/**
 * Sessions live in memory, their bytes in part files: after a restart the upload URL answers
 * 404 and the client starts again, which is what Graph asks clients to do for a lost session.
 */
const registries = new WeakMap<DriveContent, Map<string, UploadSession>>();

function sessionsOf(services: GraphServices): Map<string, UploadSession> {
  let sessions = registries.get(services.site.content);
  if (!sessions) registries.set(services.site.content, (sessions = new Map()));
  return sessions;
}

export const uploadSessionPath = (sessionId: string) => `/_api/v2.0/uploadSession/${sessionId}`;

/** `POST …/root:/{path}:/createUploadSession` with an optional `{item:{conflictBehavior, name, fileSize}}`. */
export function openUploadSession(context: RouteContext, names: readonly string[]): GraphResponse {
  const { request, services } = context;
  const body = request.body ?? {};
  if (!isObject(body)) throw badRequest('The body must be a JSON object: {item:{…}}.');
  if (body['deferCommit'] === true) throw badRequest('The emulator does not support deferCommit.');
  const item = body['item'] ?? {};
  if (!isObject(item)) throw badRequest("'item' must be an object.");
  if (item['name'] !== undefined && item['name'] !== names[names.length - 1]) {
    throw badRequest("The item's name must be the last name in the path.");
  }
  if (typeof item['fileSize'] === 'number') checkFileSize(item['fileSize']);
  checkDriveWrite(services.site.state.security, services.site.state.drive, request.caller.id, names);
  const conflict = parseConflictBehavior(item['@microsoft.graph.conflictBehavior'], 'fail');
  checkFileTarget(services.site.state.drive, names, conflict);
  const id = services.newGuid();
  const session: UploadSession = {
    callerId: request.caller.id,
    names,
    conflict,
    total: null,
    received: 0,
    expires: Date.parse(services.now()) + SESSION_LIFETIME_MS,
  };
  sessionsOf(services).set(id, session);
  return json(200, {
    uploadUrl: `${siteWebUrl(request.baseUrl)}${uploadSessionPath(id)}`,
    ...progress(session),
  });
}

const progress = (session: UploadSession) => ({
  expirationDateTime: new Date(session.expires).toISOString(),
  nextExpectedRanges: [`${session.received}-${session.total === null ? '' : session.total - 1}`],
});

function liveSession(services: GraphServices, sessionId: string): UploadSession {
  const session = sessionsOf(services).get(sessionId);
  if (!session || session.expires < Date.parse(services.now())) {
    endSession(services, sessionId);
    throw notFound('The upload session does not exist or has expired. Start the upload again.');
  }
  return session;
}

function endSession(services: GraphServices, sessionId: string): void {
  sessionsOf(services).delete(sessionId);
  services.site.content.discardPart(sessionId);
}

/** `GET uploadUrl`: what the server still needs, for resuming after a lost connection. */
export const sessionStatus = (services: GraphServices, sessionId: string): GraphResponse =>
  json(200, progress(liveSession(services, sessionId)));

export function cancelSession(services: GraphServices, sessionId: string): GraphResponse {
  liveSession(services, sessionId);
  endSession(services, sessionId);
  return { status: 204 };
}

interface ByteRange {
  readonly first: number;
  readonly last: number;
  readonly total: number;
}

function parseContentRange(header: string | undefined): ByteRange {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? '');
  const [first, last, total] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || first > last || last >= total) {
    throw new GraphError(400, 'invalidRange', 'Send a Content-Range header: bytes {first}-{last}/{total}.');
  }
  return { first, last, total };
}

function checkFragment(session: UploadSession, range: ByteRange, length: number): void {
  checkFileSize(range.total);
  if (session.total !== null && range.total !== session.total) {
    throw new GraphError(400, 'invalidRange', `The file's total size was given as ${session.total} before.`);
  }
  if (length !== range.last - range.first + 1) {
    throw new GraphError(
      400,
      'invalidRange',
      `The body has ${length} bytes but Content-Range names ${range.last - range.first + 1}.`,
    );
  }
  if (range.first < session.received) {
    throw new GraphError(
      416,
      'invalidRange',
      `Bytes from ${range.first} were already received; continue from ${session.received}.`,
    );
  }
  if (range.first > session.received) {
    throw new GraphError(
      416,
      'invalidRange',
      `Fragments must be sent in order: the next one starts at byte ${session.received}.`,
    );
  }
  if (range.last + 1 < range.total && length % FRAGMENT_UNIT !== 0) {
    throw new GraphError(
      400,
      'invalidRange',
      'Every fragment but the last must be a multiple of 320 KiB (327,680 bytes).',
    );
  }
}

/** `PUT uploadUrl` with `Content-Range`: 202 and what is missing, until the last byte commits the file. */
export function uploadFragment(
  services: GraphServices,
  sessionId: string,
  request: { readonly contentRange: string | undefined; readonly bytes: Uint8Array; readonly graphBaseUrl: string },
): GraphResponse {
  const session = liveSession(services, sessionId);
  const range = parseContentRange(request.contentRange);
  checkFragment(session, range, request.bytes.length);
  services.site.content.appendPart(sessionId, request.bytes);
  session.total = range.total;
  session.received = range.last + 1;
  session.expires = Date.parse(services.now()) + SESSION_LIFETIME_MS;
  if (session.received < range.total) return json(202, progress(session));
  try {
    const saved = saveDriveFile(services, {
      names: session.names,
      callerId: session.callerId,
      size: range.total,
      mimeType: mimeTypeFor(session.names[session.names.length - 1] ?? '', undefined),
      conflict: session.conflict,
      store: (blobId) => services.site.content.commitPart(sessionId, blobId),
    });
    return json(saved.created ? 201 : 200, fileView(services.site.state.drive, saved.file, request.graphBaseUrl));
  } finally {
    endSession(services, sessionId);
  }
}
