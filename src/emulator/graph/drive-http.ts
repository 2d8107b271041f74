import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EMULATOR_SITE } from '../emulator-site';
import type { EmulatorCore } from '../emulator-core';
import { errorBody, GraphError, notFound } from '../http/graph-error';
import { readBytes, readJsonBody, sendJson, sleep } from '../http/http-io';
import { currentVersion, joinPath, nameOf, pathKey } from '../model/drive-model';
import { parseDrivePath } from '../model/drive-names';
import { LIBRARY_URL_NAME } from './drive-item-view';
import { isDriveContentUpload } from './drive-routes';
import { MAX_FILE_BYTES } from './drive-save';
import { cancelSession, MAX_FRAGMENT_BYTES, sessionStatus, uploadFragment } from './drive-sessions';
import type { GraphResponse } from './graph-request';

/**
 * Besides Graph, SharePoint itself serves two URLs Graph hands out: an upload session's
 * `uploadUrl` (pre-authenticated: no token) and a file's `webUrl`, which a browser opens to
 * download the file. The emulator serves both under the site's path, e.g. `/sites/jtai-partnership/…`.
 */
const SITE_PREFIX = `/sites/${EMULATOR_SITE.name}/`;
const SESSION = new RegExp(`^${SITE_PREFIX}_api/v2\\.0/uploadSession/([A-Za-z0-9-]+)$`);

export const isDriveHttpPath = (path: string): boolean => path.startsWith(SITE_PREFIX);

/** A Graph request's body: the bytes of a simple upload, JSON otherwise. */
export const readGraphBody = (req: IncomingMessage, graphPath: string): Promise<unknown> =>
  isDriveContentUpload(req.method ?? 'GET', graphPath) ? readBytes(req, MAX_FILE_BYTES) : readJsonBody(req);

export interface DriveHttpTarget {
  /** The path below the emulator's base path. */
  readonly path: string;
  /** The `/v1.0` URL as this client reaches it, for the URLs in responses. */
  readonly graphBaseUrl: string;
  /** Internal callers skip the reset gate, latency and injected faults. */
  readonly internal: boolean;
}

export async function handleDriveHttp(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  target: DriveHttpTarget,
): Promise<void> {
  try {
    const session = SESSION.exec(target.path);
    if (session) return await handleSession(core, req, res, target, session[1] ?? '');
    if (!target.internal) await core.idle();
    sendFile(core, req, res, target.path);
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    sendJson(res, e.status, errorBody(e.code, e.message), e.headers);
  }
}

async function handleSession(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  target: DriveHttpTarget,
  sessionId: string,
): Promise<void> {
  const bytes = req.method === 'PUT' ? await readBytes(req, MAX_FRAGMENT_BYTES) : new Uint8Array();
  if (!target.internal) {
    await core.idle();
    await sleep(core.faults.latencyFor(undefined));
    const injected = core.faults.takeFailure();
    if (injected) throw injected;
  }
  const response = sessionResponse(core, req, target, sessionId, bytes);
  if (!target.internal && core.faults.takeDrop()) {
    req.socket.destroy();
    return;
  }
  sendJson(res, response.status, response.body, response.headers);
}

function sessionResponse(
  core: EmulatorCore,
  req: IncomingMessage,
  target: DriveHttpTarget,
  sessionId: string,
  bytes: Uint8Array,
): GraphResponse {
  const { services } = core;
  switch (req.method) {
    case 'PUT':
      return uploadFragment(services, sessionId, {
        contentRange: req.headers['content-range'],
        bytes,
        graphBaseUrl: target.graphBaseUrl,
      });
    case 'GET':
      return sessionStatus(services, sessionId);
    case 'DELETE':
      return cancelSession(services, sessionId);
    default:
      throw new GraphError(405, 'BadRequest', `Method ${req.method ?? ''} is not supported on an upload session.`);
  }
}

/** A file's `webUrl`: its current version, as a download. */
function sendFile(core: EmulatorCore, req: IncomingMessage, res: ServerResponse, path: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    throw new GraphError(405, 'BadRequest', 'Only GET is served here.');
  const [library, ...names] = parseDrivePath(path.slice(SITE_PREFIX.length));
  if (library?.toLowerCase() !== LIBRARY_URL_NAME.toLowerCase()) throw notFound('There is no such page on this site.');
  const file = core.services.site.state.drive.files.get(pathKey(joinPath(names)));
  if (!file) throw notFound('The file does not exist in the document library.');
  const version = currentVersion(file);
  res.writeHead(200, {
    'Content-Type': version.mimeType,
    'Content-Length': version.size,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(nameOf(file.path))}`,
    ETag: `"${version.blobId}"`,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(core.services.site.content.blobFile(version.blobId))
    .on('error', () => res.destroy())
    .pipe(res);
}
