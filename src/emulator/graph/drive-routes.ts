import { badRequest, GraphError } from '../http/graph-error';
import { createFolder } from './drive-folder-routes';
import { getDrive, getDriveContent, getDriveItem, listDriveChildren, listDriveVersions } from './drive-read-routes';
import { createUploadSession, putDriveContent } from './drive-upload-routes';
import type { RouteHandler } from './graph-request';
import { checkSite } from './site-routes';

type Methods = Readonly<Record<string, RouteHandler>>;

/** What may follow an addressed item, `…:/content` or `items/{id}/content`, and how. */
const ITEM_ACTIONS: Readonly<Record<string, Methods>> = {
  '': { GET: getDriveItem },
  content: { GET: getDriveContent, PUT: putDriveContent },
  createUploadSession: { POST: createUploadSession },
  versions: { GET: listDriveVersions },
  children: { GET: listDriveChildren, POST: createFolder },
};

const DRIVE = /^\/sites\/([^/]+)\/drive(\/.*)?$/;
/** A simple upload's path, whose body is the file's bytes rather than JSON. */
const CONTENT_UPLOAD = /^\/sites\/[^/]+\/drive\/root:.*:\/content$/;

export const isDriveContentUpload = (method: string, path: string): boolean =>
  method === 'PUT' && CONTENT_UPLOAD.test(path);

export interface DriveRoute {
  readonly handler: RouteHandler;
  readonly params: Record<string, string>;
}

/**
 * The document library's part of Graph, addressed by path (`drive/root:/a/b.docx:/content`,
 * whose `:` delimiters the segment router cannot express) or by id (`drive/items/{id}/versions`).
 * Null when the path is not the drive's.
 */
export function matchDriveRoute(method: string, path: string): DriveRoute | null {
  const match = DRIVE.exec(path);
  if (!match) return null;
  const siteId = decode(match[1] ?? '');
  checkSite(siteId);
  const { methods, params } = target(match[2] ?? '');
  const handler = methods[method];
  if (!handler) throw new GraphError(405, 'BadRequest', `Method ${method} is not supported on this resource.`);
  return { handler, params: { siteId, ...params } };
}

function target(rest: string): { methods: Methods; params: Record<string, string> } {
  if (rest === '' || rest === '/') return { methods: { GET: getDrive }, params: {} };
  if (rest === '/root' || rest === '/root:' || rest === '/root:/') return item({ drivePath: '' }, '');
  if (rest === '/root/children') {
    return { methods: { GET: listDriveChildren, POST: createFolder }, params: { drivePath: '' } };
  }
  if (rest.startsWith('/root:/')) {
    const [drivePath = '', action, ...extra] = rest.slice('/root:'.length).split(':');
    if (extra.length > 0 || (action !== undefined && action !== '' && !action.startsWith('/'))) throw unknown(rest);
    return item({ drivePath }, (action ?? '').replace(/^\//, ''));
  }
  const byId = /^\/items\/([^/]+)(?:\/([^/]+))?$/.exec(rest);
  if (byId) {
    // By id the emulator serves reads only: the app uploads by path.
    const { methods, params } = item({ itemId: decode(byId[1] ?? '') }, byId[2] ?? '');
    return { methods: methods.GET ? { GET: methods.GET } : {}, params };
  }
  throw unknown(rest);
}

function item(params: Record<string, string>, action: string): { methods: Methods; params: Record<string, string> } {
  const methods = ITEM_ACTIONS[action];
  if (!methods) throw unknown(action);
  return { methods, params };
}

const unknown = (rest: string) =>
  new GraphError(400, 'BadRequest', `Resource not found for the segment '${rest.split('/').pop() ?? rest}'.`);

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment '${segment}' is not valid.`);
  }
}
