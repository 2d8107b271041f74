import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../emulator-site';
import { notFound } from '../http/graph-error';
import { json, type RouteHandler } from './graph-request';

/** The one hosted site answers to its id and to `root`. */
export function checkSite(siteId: string): void {
  if (siteId !== EMULATOR_SITE_ID && siteId !== 'root')
    throw notFound(`Requested site '${siteId}' could not be found.`);
}

export const getSite: RouteHandler = () =>
  json(200, {
    id: EMULATOR_SITE.id,
    name: EMULATOR_SITE.name,
    displayName: EMULATOR_SITE.displayName,
    webUrl: EMULATOR_SITE.webUrl,
  });
