import { adminConsentUrl, GRAPH_APP_ID, permissionsByResource } from './app-registration-spec';
import { CLIENT_ID, m365Step, note, placeholder, type DeployStep } from './deploy-plan';
import type { DeploySettings } from './deploy-settings';
import { pick, sameId } from './json-fields';
import type { ConsentState, RegistrationState } from './tenant-state';

const API_NAMES: Readonly<Record<string, string>> = { [GRAPH_APP_ID]: 'Microsoft Graph' };
const apiName = (resourceAppId: string) => API_NAMES[resourceAppId] ?? 'SharePoint';

interface MissingConsent {
  readonly resourceAppId: string;
  readonly missing: readonly string[];
}

/**
 * Tenant-wide admin consent for the registration's delegated permissions. A new registration gets
 * it from `entra app add --grantAdminConsent`; an existing one through `entra oauth2grant add/set`,
 * because granting again with `entra app permission add --grantAdminConsent` would try to create a
 * second grant for the same API, which Entra refuses
 * (https://pnp.github.io/cli-microsoft365/cmd/entra/oauth2grant/oauth2grant-add).
 * Without --grant-consent the plan prints the admin-consent link instead.
 */
export function planConsent(
  settings: DeploySettings,
  registration: RegistrationState | null,
  consent: ConsentState | null,
): { readonly steps: readonly DeployStep[]; readonly problems: readonly string[] } {
  if (!registration || !consent) {
    return { steps: settings.grantConsent ? [] : [consentLink(settings, CLIENT_ID, [])], problems: [] };
  }
  const missing = missingConsent(consent);
  if (missing.length === 0) return { steps: [], problems: [] };
  if (!settings.grantConsent) return { steps: [consentLink(settings, registration.appId, missing)], problems: [] };

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
  for (const { resourceAppId, missing: scopes } of missing) {
    const resourceId = consent.resourceServicePrincipalIds[resourceAppId];
    if (!resourceId) {
      problems.push(
        `The tenant has no ${apiName(resourceAppId)} service principal (${resourceAppId}) to grant consent for.`,
      );
      continue;
    }
    const grant = consent.grants.find((existing) => sameId(existing.resourceId, resourceId));
    const title = `Grant admin consent for ${apiName(resourceAppId)}: ${scopes.join(', ')}`;
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
            [...grant.scopes, ...scopes].join(' '),
          ])
        : m365Step(title, [
            ...['entra', 'oauth2grant', 'add', '--clientId', servicePrincipalId],
            ...['--resourceId', resourceId, '--scope', scopes.join(' ')],
          ]),
    );
  }
  return { steps, problems };
}

/** For each API, the permissions its tenant-wide grant lacks; empty when consent is complete. */
export function missingConsent(consent: ConsentState): readonly MissingConsent[] {
  const result: MissingConsent[] = [];
  for (const [resourceAppId, names] of permissionsByResource()) {
    const resourceId = consent.resourceServicePrincipalIds[resourceAppId];
    const grant = resourceId ? consent.grants.find((existing) => sameId(existing.resourceId, resourceId)) : undefined;
    const missing = names.filter((name) => !grant?.scopes.includes(name));
    if (missing.length > 0) result.push({ resourceAppId, missing });
  }
  return result;
}

function consentLink(settings: DeploySettings, clientId: string, missing: readonly MissingConsent[]): DeployStep {
  const what =
    missing.length === 0
      ? 'the new registration needs admin consent'
      : `admin consent is missing for ${missing.map((m) => `${apiName(m.resourceAppId)} ${m.missing.join(', ')}`).join('; ')}`;
  return note('Admin consent', [
    `Before anyone signs in, ${what}. An administrator who may grant tenant-wide consent opens:`,
    adminConsentUrl(settings, clientId),
    'or runs npm run deploy again with --grant-consent.',
  ]);
}

function objectId(output: unknown): string | undefined {
  const id = pick(output, ['id']);
  return typeof id === 'string' && id ? id : undefined;
}
