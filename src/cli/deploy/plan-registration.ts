import {
  ACCESS_SCOPE,
  delegatedPermissions,
  identifierUri,
  permissionLabel,
  permissionUri,
  PREAUTHORIZED_CLIENTS,
  spaRedirectUris,
  surplusPermissions,
  type DelegatedPermission,
} from './app-registration-spec';
import { CLIENT_ID, m365Step, placeholder, type DeployStep } from './deploy-plan';
import type { DeploySettings } from './deploy-settings';
import { isObject, pick, sameId, text } from './json-fields';
import type { PreAuthorizedApplication, RegistrationState } from './tenant-state';

const SCOPE_ID = placeholder('scopeId');
const OBJECT_ID = placeholder('objectId');

/** Steps that bring the Entra app registration to what the app needs; none when it already does. */
export function planRegistration(
  settings: DeploySettings,
  registration: RegistrationState | null,
  newScopeId: string,
): readonly DeployStep[] {
  return registration ? updateRegistration(settings, registration, newScopeId) : createRegistration(settings);
}

/**
 * `--uri` takes the token `_appId_`, which the CLI replaces with the new app's id, so the
 * Application ID URI is right from the start. `--apisDelegated` is comma-separated, unlike
 * `entra app permission add`, which takes a space-separated list
 * (https://pnp.github.io/cli-microsoft365/cmd/entra/app/app-add).
 */
function createRegistration(settings: DeploySettings): readonly DeployStep[] {
  const add = m365Step(
    `Create the app registration "${settings.appName}": single-tenant, SPA sign-in, its permissions and exposed API`,
    [
      ...['entra', 'app', 'add', '--name', settings.appName],
      ...['--platform', 'spa', '--redirectUris', spaRedirectUris(settings).join(',')],
      ...['--apisDelegated', delegatedPermissions(settings.siteAccess).map(permissionUri).join(',')],
      ...['--uri', `api://${settings.hostDomain}/_appId_`, '--scopeName', ACCESS_SCOPE.value],
      ...['--scopeConsentBy', 'adminsAndUsers'],
      ...['--scopeAdminConsentDisplayName', ACCESS_SCOPE.adminConsentDisplayName],
      ...['--scopeAdminConsentDescription', ACCESS_SCOPE.adminConsentDescription],
      ...(settings.grantConsent ? ['--grantAdminConsent'] : []),
    ],
    {
      captures: [
        { name: 'clientId', label: "the new registration's client id", from: (out) => textAt(out, ['appId']) },
        { name: 'objectId', label: "the new registration's object id", from: (out) => textAt(out, ['objectId']) },
      ],
    },
  );
  const readScope = m365Step(
    `Read the id of the new ${ACCESS_SCOPE.value} scope`,
    ['entra', 'app', 'get', '--appId', CLIENT_ID, '--properties', 'api'],
    {
      changesTenant: false,
      captures: [{ name: 'scopeId', label: `the id of the ${ACCESS_SCOPE.value} scope`, from: accessScopeId }],
    },
  );
  const preAuthorize = patchApplication(
    'Pre-authorise the Teams, Microsoft 365 and Outlook clients for the scope',
    OBJECT_ID,
    { api: { preAuthorizedApplications: preAuthorized([], SCOPE_ID) } },
  );
  return [add, readScope, preAuthorize];
}

function updateRegistration(settings: DeploySettings, registration: RegistrationState, newScopeId: string) {
  const { appId: clientId, objectId } = registration;
  const steps: DeployStep[] = [];
  if (registration.signInAudience !== 'AzureADMyOrg')
    steps.push(patchApplication('Make the registration single-tenant', objectId, { signInAudience: 'AzureADMyOrg' }));
  const missingUris = spaRedirectUris(settings).filter((uri) => !registration.spaRedirectUris.includes(uri));
  if (missingUris.length > 0)
    steps.push(
      m365Step(`Add the SPA redirect URIs ${missingUris.join(', ')}`, [
        ...['entra', 'app', 'set', '--appId', clientId],
        ...['--redirectUris', missingUris.join(','), '--platform', 'spa'],
      ]),
    );
  const uri = identifierUri(settings, clientId);
  if (!registration.identifierUris.includes(uri))
    steps.push(
      m365Step(`Set the Application ID URI ${uri}`, [
        ...['entra', 'app', 'set', '--appId', clientId],
        ...['--uris', [...registration.identifierUris, uri].join(',')],
      ]),
    );
  const scope = registration.scopes.find((existing) => existing.value === ACCESS_SCOPE.value);
  const scopeId = scope?.id ?? newScopeId;
  if (!scope)
    steps.push(
      patchApplication(`Expose the ${ACCESS_SCOPE.value} scope`, objectId, {
        api: { oauth2PermissionScopes: [...registration.scopes, newAccessScope(newScopeId)] },
      }),
    );
  const preAuthorizations = preAuthorized(registration.preAuthorizedApplications, scopeId);
  if (JSON.stringify(preAuthorizations) !== JSON.stringify(registration.preAuthorizedApplications))
    steps.push(
      patchApplication('Pre-authorise the Teams, Microsoft 365 and Outlook clients for the scope', objectId, {
        api: { preAuthorizedApplications: preAuthorizations },
      }),
    );
  const held = (permission: DelegatedPermission) =>
    registration.delegatedPermissions.some(
      (entry) => sameId(entry.resourceAppId, permission.resourceAppId) && entry.name === permission.name,
    );
  const missingPermissions = delegatedPermissions(settings.siteAccess).filter((wanted) => !held(wanted));
  if (missingPermissions.length > 0)
    steps.push(
      m365Step(`Add the delegated permissions ${missingPermissions.map(permissionLabel).join(', ')}`, [
        ...['entra', 'app', 'permission', 'add', '--appId', clientId],
        ...['--delegatedPermissions', missingPermissions.map(permissionUri).join(' ')],
      ]),
    );
  const surplus = surplusPermissions(settings.siteAccess).filter(held);
  if (surplus.length > 0) steps.push(removePermissions(clientId, surplus));
  return steps;
}

/**
 * Takes permissions off the registration. Their admin consent is withdrawn by the consent steps
 * (plan-consent.ts), which an administrator runs; `--force` skips the CLI's confirmation prompt,
 * which would wait for an answer nobody can give
 * (https://pnp.github.io/cli-microsoft365/cmd/entra/app/app-permission-remove).
 */
function removePermissions(clientId: string, surplus: readonly DelegatedPermission[]): DeployStep {
  return m365Step(
    `Remove the tenant-wide permissions ${surplus.map(permissionLabel).join(', ')}, which Sites.Selected replaces`,
    [
      ...['entra', 'app', 'permission', 'remove', '--appId', clientId],
      ...['--delegatedPermissions', surplus.map(permissionUri).join(' '), '--force'],
    ],
  );
}

/** The Teams clients' pre-authorisations for the scope, keeping every other entry as it is. */
function preAuthorized(current: readonly PreAuthorizedApplication[], scopeId: string): PreAuthorizedApplication[] {
  const merged = current.map((entry) =>
    PREAUTHORIZED_CLIENTS.some((client) => sameId(client.appId, entry.appId)) &&
    !entry.delegatedPermissionIds.includes(scopeId)
      ? { appId: entry.appId, delegatedPermissionIds: [...entry.delegatedPermissionIds, scopeId] }
      : entry,
  );
  for (const client of PREAUTHORIZED_CLIENTS)
    if (!merged.some((entry) => sameId(entry.appId, client.appId)))
      merged.push({ appId: client.appId, delegatedPermissionIds: [scopeId] });
  return merged;
}

function newAccessScope(id: string) {
  return {
    id,
    value: ACCESS_SCOPE.value,
    type: 'User',
    isEnabled: true,
    adminConsentDisplayName: ACCESS_SCOPE.adminConsentDisplayName,
    adminConsentDescription: ACCESS_SCOPE.adminConsentDescription,
  };
}

/**
 * `entra app set` has no options for the exposed API's scopes, pre-authorised clients or sign-in
 * audience, so those go to Graph with `m365 request`, whose extra options become request headers
 * (https://pnp.github.io/cli-microsoft365/cmd/request). Graph merges the `api` object: a PATCH of
 * one of its collections leaves the others as they are.
 */
function patchApplication(title: string, objectId: string, body: object): DeployStep {
  return m365Step(title, [
    ...['request', '--method', 'patch'],
    ...['--url', `https://graph.microsoft.com/v1.0/applications/${objectId}`],
    ...['--content-type', 'application/json', '--body', JSON.stringify(body)],
  ]);
}

function accessScopeId(output: unknown): string | undefined {
  const scopes = pick(output, ['api', 'oauth2PermissionScopes']);
  const scope = Array.isArray(scopes)
    ? scopes.filter(isObject).find((entry) => text(entry, 'value') === ACCESS_SCOPE.value)
    : undefined;
  return scope ? text(scope, 'id') || undefined : undefined;
}

function textAt(output: unknown, path: readonly string[]): string | undefined {
  const value = pick(output, path);
  return typeof value === 'string' && value ? value : undefined;
}
