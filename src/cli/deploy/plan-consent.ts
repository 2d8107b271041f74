import { adminConsentUrl, GRAPH_APP_ID, permissionsByResource, surplusByResource } from './app-registration-spec';
import { CLIENT_ID, m365Step, note, placeholder, type DeployStep } from './deploy-plan';
import type { DeploySettings, SiteAccess } from './deploy-settings';
import { pick, sameId } from './json-fields';
import type { ConsentState, RegistrationState } from './tenant-state';

const API_NAMES: Readonly<Record<string, string>> = { [GRAPH_APP_ID]: 'Microsoft Graph' };
const apiName = (resourceAppId: string) => API_NAMES[resourceAppId] ?? 'SharePoint';

interface ConsentChange {
  readonly resourceAppId: string;
  /** Permissions the API's tenant-wide grant lacks. */
  readonly missing: readonly string[];
  /** Permissions it holds that the registration must lose (see surplusPermissions). */
  readonly surplus: readonly string[];
}

/**
 * Tenant-wide admin consent for the registration's delegated permissions. A new registration gets
 * it from `entra app add --grantAdminConsent`; an existing one through `entra oauth2grant add/set`,
 * because granting again with `entra app permission add --grantAdminConsent` would try to create a
 * second grant for the same API, which Entra refuses
 * (https://pnp.github.io/cli-microsoft365/cmd/entra/oauth2grant/oauth2grant-add).
 * Without --grant-consent the plan prints the admin-consent link instead. A grant that holds
 * permissions the registration must lose (the tenant-wide ones, with Sites.Selected) is set to
 * what remains, since Entra keeps granted scopes until the grant changes.
 */
export function planConsent(
  settings: DeploySettings,
  registration: RegistrationState | null,
  consent: ConsentState | null,
): { readonly steps: readonly DeployStep[]; readonly problems: readonly string[] } {
  if (!registration || !consent) {
    return { steps: settings.grantConsent ? [] : [consentLink(settings, CLIENT_ID, [])], problems: [] };
  }
  const changes = consentChanges(consent, settings.siteAccess);
  if (changes.length === 0) return { steps: [], problems: [] };
  if (!settings.grantConsent) return { steps: [consentLink(settings, registration.appId, changes)], problems: [] };

  const steps: DeployStep[] = [];
  const problems: string[] = [];
  let servicePrincipalId = consent.servicePrincipalId;
  if (!servicePrincipalId) {
    servicePrincipalId = placeholder('servicePrincipalId');
    steps.push(
      m365Step(
        'Create the enterprise application (service principal) of the registration',
        ['entra', 'enterpriseapp', 'add', '--id', registration.appId],
        {
          captures: [{ name: 'servicePrincipalId', label: "the enterprise application's object id", from: objectId }],
        },
      ),
    );
  }
  for (const { resourceAppId, missing: scopes, surplus } of changes) {
    const resourceId = consent.resourceServicePrincipalIds[resourceAppId];
    if (!resourceId) {
      problems.push(
        `The tenant has no ${apiName(resourceAppId)} service principal (${resourceAppId}) to grant consent for.`,
      );
      continue;
    }
    const grant = consent.grants.find((existing) => sameId(existing.resourceId, resourceId));
    const title = [
      ...(scopes.length > 0 ? [`Grant admin consent for ${apiName(resourceAppId)}: ${scopes.join(', ')}`] : []),
      ...(surplus.length > 0 ? [`Withdraw admin consent for ${apiName(resourceAppId)}: ${surplus.join(', ')}`] : []),
    ].join('; ');
    steps.push(
      grant
        ? // A grant id can start with "-", which the CLI would read as an option: pass it as --grantId=<id>
          // (https://pnp.github.io/cli-microsoft365/cmd/entra/oauth2grant/oauth2grant-set).
          m365Step(title, [
            'entra',
            'oauth2grant',
            'set',
            `--grantId=${grant.id}`,
            '--scope',
            [...grant.scopes.filter((scope) => !surplus.includes(scope)), ...scopes].join(' '),
          ])
        : m365Step(title, [
            ...['entra', 'oauth2grant', 'add', '--clientId', servicePrincipalId],
            ...['--resourceId', resourceId, '--scope', scopes.join(' ')],
          ]),
    );
  }
  return { steps, problems };
}

/** For each API, what its tenant-wide grant lacks and holds beyond need; empty when consent is as it should be. */
export function consentChanges(consent: ConsentState, access: SiteAccess): readonly ConsentChange[] {
  const wanted = permissionsByResource(access);
  const unwanted = surplusByResource(access);
  const result: ConsentChange[] = [];
  for (const resourceAppId of new Set([...wanted.keys(), ...unwanted.keys()])) {
    const resourceId = consent.resourceServicePrincipalIds[resourceAppId];
    const grant = resourceId ? consent.grants.find((existing) => sameId(existing.resourceId, resourceId)) : undefined;
    const missing = (wanted.get(resourceAppId) ?? []).filter((name) => !grant?.scopes.includes(name));
    const surplus = (unwanted.get(resourceAppId) ?? []).filter((name) => grant?.scopes.includes(name));
    if (missing.length > 0 || surplus.length > 0) result.push({ resourceAppId, missing, surplus });
  }
  return result;
}

function consentLink(settings: DeploySettings, clientId: string, changes: readonly ConsentChange[]): DeployStep {
  const missing = changes.filter((change) => change.missing.length > 0);
  const surplus = changes.filter((change) => change.surplus.length > 0);
  const listed = (list: readonly ConsentChange[], names: (change: ConsentChange) => readonly string[]) =>
    list.map((change) => `${apiName(change.resourceAppId)} ${names(change).join(', ')}`).join('; ');
  if (changes.length > 0 && missing.length === 0)
    return note('Admin consent', [
      `The tenant-wide admin consent still grants ${listed(surplus, (c) => c.surplus)}, which Sites.Selected replaces.`,
      'An administrator who may grant tenant-wide consent withdraws it by running npm run deploy again with --grant-consent.',
    ]);
  const what =
    changes.length === 0
      ? 'the new registration needs admin consent'
      : `admin consent is missing for ${listed(missing, (c) => c.missing)}`;
  return note('Admin consent', [
    `Before anyone signs in, ${what}. An administrator who may grant tenant-wide consent opens:`,
    adminConsentUrl(settings, clientId),
    'or runs npm run deploy again with --grant-consent.',
    ...(surplus.length > 0
      ? [
          `The link does not withdraw ${listed(surplus, (c) => c.surplus)}, which Sites.Selected replaces: --grant-consent does.`,
        ]
      : []),
  ]);
}

function objectId(output: unknown): string | undefined {
  const id = pick(output, ['id']);
  return typeof id === 'string' && id ? id : undefined;
}
