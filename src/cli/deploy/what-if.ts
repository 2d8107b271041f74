import { permissionsByResource } from './app-registration-spec';
import type { DeploySettings } from './deploy-settings';
import type { ReadResult, TenantReader } from './observe-tenant';

/**
 * Answers the tenant reads as a tenant with none of the deployment in it would, and records them,
 * so `--what-if` can show the reads and the full plan without calling anything. With a client id
 * given, the registration exists but has nothing set up.
 */
export function emptyTenantReader(settings: DeploySettings, reads: (readonly string[])[]): TenantReader {
  const resourceAppIds = [...permissionsByResource(settings.siteAccess).keys()];
  return async (args) => {
    reads.push(args);
    return emptyTenantAnswer(settings, args, resourceAppIds);
  };
}

function emptyTenantAnswer(
  settings: DeploySettings,
  args: readonly string[],
  resourceAppIds: readonly string[],
): ReadResult {
  const command = args
    .filter((arg) => !arg.startsWith('--'))
    .slice(0, 3)
    .join(' ');
  const option = (name: string) => args[args.indexOf(name) + 1] ?? '';
  switch (command) {
    case 'tenant id get':
      return { ok: true, output: settings.tenantId };
    case 'entra app get':
      return {
        ok: true,
        output: {
          id: '<object id of the registration>',
          appId: option('--appId'),
          displayName: settings.appName,
          signInAudience: 'AzureADMyOrg',
          identifierUris: [],
          spa: { redirectUris: [] },
          api: { oauth2PermissionScopes: [], preAuthorizedApplications: [] },
        },
      };
    case 'entra enterpriseapp get': {
      const id = option('--id');
      return resourceAppIds.includes(id)
        ? { ok: true, output: { id: `<object id of ${id} in the tenant>` } }
        : { ok: false, message: 'Error: The specified Entra app does not exist' };
    }
    default:
      return { ok: true, output: [] };
  }
}
