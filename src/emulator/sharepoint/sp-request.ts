import { GraphError } from '../http/graph-error';
import type { GraphServices } from '../graph/graph-request';
import type { CallerAccess } from '../security/caller-access';
import type { PermissionKind } from '../security/permission-kinds';
import { WEB, type Securable } from '../security/securable';
import type { DemoPersona } from '../seed/demo-directory';

/** One SharePoint REST call below `{site}/_api/web`, with the caller and the site. */
export interface SpRequest {
  readonly method: string;
  /** Decoded, after `/_api/web`, e.g. `/sitegroups(7)/users`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly caller: DemoPersona;
  readonly access: CallerAccess;
  readonly services: GraphServices;
  /** The site's absolute URL as this client reaches it, for `odata.nextLink`. */
  readonly siteUrl: string;
}

/** What a void SharePoint method answers in `odata=nometadata`. */
export const VOID = { 'odata.null': true } as const;

export const spAccessDenied = () =>
  new GraphError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

export const spNotFound = (message: string) =>
  new GraphError(404, '-2146232832, Microsoft.SharePoint.SPException', message);

export const spBadRequest = (message: string) =>
  new GraphError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

/** A 403 unless the caller holds the permission on the securable (the web by default). */
export function requireSp(request: SpRequest, kind: PermissionKind, securable: Securable = WEB): void {
  if (!request.access.can(securable, kind)) throw spAccessDenied();
}

/** SharePoint's error body in `odata=nometadata`. */
export const spErrorBody = (code: string, message: string) => ({
  'odata.error': { code, message: { lang: 'en-US', value: message } },
});
