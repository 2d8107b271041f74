import { permissionsByResource } from './app-registration-spec';
import { MANIFEST_SHORT_NAME, type DeploySettings } from './deploy-settings';
import { arrayOf, isObject, objectOf, pick, sameId, stringOf, strings, text, type JsonObject } from './json-fields';
import { observeSiteGrants } from './observe-site-grants';
import type {
  ConsentState,
  PermissionGrant,
  RegistrationState,
  SharePointCatalogApp,
  TeamsCatalogApp,
  TenantState,
} from './tenant-state';

export type ReadResult =
  { readonly ok: true; readonly output: unknown } | { readonly ok: false; readonly message: string };

/** Runs `m365 <args> --output json` and parses what it prints; a read never changes the tenant. */
export type TenantReader = (args: readonly string[]) => Promise<ReadResult>;

/** The tenant could not be read, or what was found needs a person to decide. */
export class ObserveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ObserveError';
  }
}

/** What `entra app get` and `entra enterpriseapp get` say when there is no such app (CLI 11). */
const APP_NOT_FOUND = /not found in Microsoft Entra ID/i;
const ENTERPRISE_APP_NOT_FOUND = /The specified Entra app does not exist/i;

/** Reads everything the plan compares against, in order, each read only when the previous found something. */
export async function observeTenant(settings: DeploySettings, read: TenantReader): Promise<TenantState> {
  const signedInTenantId = stringOf(await readOrFail(read, ['tenant', 'id', 'get']), 'm365 tenant id get');
  const app = await findRegistration(settings, read);
  const registration = app ? await registrationState(app, read) : null;
  return {
    signedInTenantId: signedInTenantId.toLowerCase(),
    registration,
    consent: registration ? await consentState(settings, registration.appId, read) : null,
    teamsApp: await teamsCatalogApp(settings, read),
    sharePointApp: settings.sharePointCatalog ? await sharePointCatalogApp(settings, read) : null,
    siteGrants:
      settings.siteAccess === 'selected'
        ? await observeSiteGrants(settings.siteUrl, registration?.appId ?? null, read)
        : null,
  };
}

async function readOrFail(read: TenantReader, args: readonly string[]): Promise<unknown> {
  const result = await read(args);
  if (result.ok) return result.output;
  const hint = /Log in to Microsoft 365 first/i.test(result.message)
    ? '\nSign in first: npx m365 login --tenant <tenant id> (README, "Deploy with one command").'
    : '';
  throw new ObserveError(`Reading the tenant failed: m365 ${args.join(' ')}\n${result.message}${hint}`);
}

async function readOrAbsent(read: TenantReader, args: readonly string[], absent: RegExp): Promise<unknown> {
  const result = await read(args);
  if (!result.ok && absent.test(result.message)) return null;
  return readOrFail(async () => result, args);
}

async function findRegistration(settings: DeploySettings, read: TenantReader): Promise<JsonObject | null> {
  if (settings.clientId) {
    const app = await readOrAbsent(read, ['entra', 'app', 'get', '--appId', settings.clientId], APP_NOT_FOUND);
    if (app === null)
      throw new ObserveError(
        `There is no app registration with client id ${settings.clientId} in tenant ${settings.tenantId}. ` +
          'Give the right id, or leave out --client-id (and JTAI_CLIENT_ID) to find the registration by name or create it.',
      );
    return objectOf(app, 'm365 entra app get');
  }
  const apps = arrayOf(
    await readOrFail(read, ['entra', 'app', 'list', '--properties', 'appId,displayName']),
    'm365 entra app list',
  );
  const named = apps.filter(isObject).filter((app) => text(app, 'displayName') === settings.appName);
  if (named.length === 0) return null;
  if (named.length > 1)
    throw new ObserveError(
      `${named.length} app registrations are called "${settings.appName}" (${named.map((app) => text(app, 'appId')).join(', ')}). ` +
        'Pass --client-id with the one to use.',
    );
  const appId = text(named[0]!, 'appId');
  return objectOf(await readOrFail(read, ['entra', 'app', 'get', '--appId', appId]), 'm365 entra app get');
}

async function registrationState(app: JsonObject, read: TenantReader): Promise<RegistrationState> {
  const appId = text(app, 'appId').toLowerCase();
  const permissions = arrayOf(
    await readOrFail(read, ['entra', 'app', 'permission', 'list', '--appId', appId, '--type', 'delegated']),
    'm365 entra app permission list',
  );
  return {
    appId,
    objectId: text(app, 'id'),
    displayName: text(app, 'displayName'),
    signInAudience: text(app, 'signInAudience'),
    identifierUris: strings(app.identifierUris),
    spaRedirectUris: strings(pick(app, ['spa', 'redirectUris'])),
    scopes: arrayOrEmpty(pick(app, ['api', 'oauth2PermissionScopes']))
      .filter(isObject)
      .map((scope) => ({ ...scope, id: text(scope, 'id'), value: text(scope, 'value') })),
    preAuthorizedApplications: arrayOrEmpty(pick(app, ['api', 'preAuthorizedApplications']))
      .filter(isObject)
      .map((entry) => ({
        appId: text(entry, 'appId'),
        delegatedPermissionIds: strings(entry.delegatedPermissionIds),
      })),
    delegatedPermissions: permissions
      .filter(isObject)
      .map((entry) => ({ resourceAppId: text(entry, 'resourceId').toLowerCase(), name: text(entry, 'permission') })),
  };
}

/**
 * `entra enterpriseapp get --id` takes the application (client) id and returns the service
 * principal, whose object id the grants name
 * (https://pnp.github.io/cli-microsoft365/cmd/entra/enterpriseapp/enterpriseapp-get).
 */
async function consentState(settings: DeploySettings, appId: string, read: TenantReader): Promise<ConsentState> {
  const enterpriseApp = (id: string) =>
    readOrAbsent(read, ['entra', 'enterpriseapp', 'get', '--id', id], ENTERPRISE_APP_NOT_FOUND);
  const own = await enterpriseApp(appId);
  const resourceServicePrincipalIds: Record<string, string> = {};
  for (const resourceAppId of permissionsByResource(settings.siteAccess).keys()) {
    const resource = await enterpriseApp(resourceAppId);
    if (isObject(resource)) resourceServicePrincipalIds[resourceAppId] = text(resource, 'id');
  }
  const servicePrincipalId = isObject(own) ? text(own, 'id') : null;
  const grants: PermissionGrant[] = [];
  if (servicePrincipalId) {
    const listed = await readOrFail(read, ['entra', 'oauth2grant', 'list', '--spObjectId', servicePrincipalId]);
    for (const grant of arrayOrEmpty(listed).filter(isObject)) {
      if (text(grant, 'consentType') !== 'AllPrincipals') continue;
      const scopes = text(grant, 'scope').split(' ').filter(Boolean);
      grants.push({ id: text(grant, 'id'), resourceId: text(grant, 'resourceId'), scopes });
    }
  }
  return { servicePrincipalId, resourceServicePrincipalIds, grants };
}

async function teamsCatalogApp(settings: DeploySettings, read: TenantReader): Promise<TeamsCatalogApp | null> {
  const apps = arrayOf(
    await readOrFail(read, ['teams', 'app', 'list', '--distributionMethod', 'organization']),
    'm365 teams app list',
  );
  const app = apps.filter(isObject).find((entry) => sameId(text(entry, 'externalId'), settings.teamsAppId));
  if (!app) return null;
  const id = text(app, 'id');
  // `teams app list` has no versions; Graph's "List teamsApp" returns them with $expand=appDefinitions.
  const url = `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps?$filter=id eq '${id}'&$expand=appDefinitions`;
  const found = await readOrFail(read, ['request', '--url', url]);
  const definitions = arrayOrEmpty(pick(found, ['value', 0, 'appDefinitions'])).filter(isObject);
  return {
    id,
    publishedVersions: definitions
      .filter((definition) => text(definition, 'publishingState') === 'published')
      .map((definition) => text(definition, 'version')),
  };
}

/**
 * The app in the SharePoint tenant catalog, recognised by the manifest's id (ProductId) or, failing
 * that, by the manifest's short name (Title). Its ID is the package file's, which `spo app deploy` takes.
 */
async function sharePointCatalogApp(
  settings: DeploySettings,
  read: TenantReader,
): Promise<SharePointCatalogApp | null> {
  const apps = arrayOrEmpty(await readOrFail(read, ['spo', 'app', 'list', '--appCatalogScope', 'tenant']));
  const app = apps
    .filter(isObject)
    .find(
      (entry) => sameId(text(entry, 'ProductId'), settings.teamsAppId) || text(entry, 'Title') === MANIFEST_SHORT_NAME,
    );
  if (!app) return null;
  return { id: text(app, 'ID'), version: text(app, 'AppCatalogVersion'), deployed: app.Deployed === true };
}

/** Output that is not a list (a command that printed nothing) reads as no items. */
function arrayOrEmpty(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
