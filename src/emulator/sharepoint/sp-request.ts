import { EMULATOR_SITE_OWNERS } from '../emulator-site';
import { GraphError } from '../http/graph-error';
import type { GraphServices } from '../graph/graph-request';
import type { DemoPersona } from '../seed/demo-directory';

/** One SharePoint REST call below `{site}/_api/web`, with the caller and the site. */
export interface SpRequest {
  readonly method: string;
  /** Decoded, after `/_api/web`, e.g. `/sitegroups(7)/users`. */
  readonly path: string;
  readonly body: unknown;
  readonly caller: DemoPersona;
  readonly services: GraphServices;
}

/** What a void SharePoint method answers in `odata=nometadata`. */
export const VOID = { 'odata.null': true } as const;

export const isSiteOwner = (personaId: string): boolean => EMULATOR_SITE_OWNERS.includes(personaId);

/** Changing groups, permission levels or role assignments needs Manage Permissions: a site owner. */
export function requireSiteOwner(request: SpRequest): void {
  if (!isSiteOwner(request.caller.id)) {
    throw new GraphError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.',
    );
  }
}

export const spNotFound = (message: string) =>
  new GraphError(404, '-2146232832, Microsoft.SharePoint.SPException', message);

export const spBadRequest = (message: string) =>
  new GraphError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);

/** SharePoint's error body in `odata=nometadata`. */
export const spErrorBody = (code: string, message: string) => ({
  'odata.error': { code, message: { lang: 'en-US', value: message } },
});
