import { formatCommand } from '../../../src/cli/deploy/format-plan';
import type { CommandOptions, CommandRunner } from '../../../src/cli/deploy/run-plan';
import {
  CliError,
  GRAPH,
  parseInvocation,
  read,
  resolvePermission,
  SHAREPOINT,
  write,
  type Answer,
  type Invocation,
  type Options,
} from './fake-cli';
import { SITE } from './deploy-fixtures';

interface FakeApp {
  id: string;
  appId: string;
  displayName: string;
  signInAudience: string;
  identifierUris: string[];
  spa: { redirectUris: string[] };
  api: Record<string, unknown[]>;
  permissions: { resourceAppId: string; name: string }[];
}

/** An app permission on a site (Graph's site `permission` resource, Sites.Selected). */
interface SitePermission {
  id: string;
  roles: string[];
  app: { id: string; displayName: string };
}

const SITE_ROLES = ['read', 'write', 'manage', 'fullcontrol'];

interface Grant {
  id: string;
  clientId: string;
  resourceId: string;
  scope: string;
  consentType: 'AllPrincipals';
}

/**
 * A Microsoft 365 tenant as the m365 commands the deployment uses see it: each command answers
 * with the JSON the CLI for Microsoft 365 documents, and the writing ones change the state that
 * later reads return. `npm run build:tenant` and `npm run package` only record their settings.
 */
export class FakeTenant {
  readonly apps: FakeApp[] = [];
  readonly servicePrincipals = [
    { id: 'sp-graph', appId: GRAPH },
    { id: 'sp-sharepoint', appId: SHAREPOINT },
  ];
  readonly grants: Grant[] = [];
  readonly teamsApps: { id: string; externalId: string; displayName: string; versions: string[] }[] = [];
  readonly spoApps: { ID: string; ProductId: string; Title: string; AppCatalogVersion: string; Deployed: boolean }[] =
    [];
  /** App permissions on each site there is, by URL. */
  readonly sitePermissions = new Map<string, SitePermission[]>([[SITE, []]]);
  /** Whoever runs the CLI is a SharePoint Administrator, whom Graph lets read and grant site permissions. */
  sharePointAdmin = true;
  /** Every command that changed something, as it would be typed. */
  readonly writes: string[] = [];
  /** Every command, as it would be typed. */
  readonly calls: string[] = [];
  builtWith: Readonly<Record<string, string>> | null = null;
  packaged: { appId: string; version: string } | null = null;
  private nextId = 1;

  constructor(readonly tenantId: string) {}

  readonly run: CommandRunner = async (command, args, options) => {
    const typed = formatCommand({ command, args });
    this.calls.push(typed);
    try {
      const { output, writes } = command === 'npm' ? this.npm(args, options) : this.m365(args);
      if (writes) this.writes.push(typed);
      return { code: 0, stdout: output === undefined ? '' : JSON.stringify(output), stderr: '' };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      return { code: 1, stdout: '', stderr: `Error: ${error.message}` };
    }
  };

  newGuid(): string {
    return `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, '0')}`;
  }

  app(appId: string): FakeApp {
    const app = this.apps.find((candidate) => candidate.appId === appId);
    if (!app) throw new CliError(`App with appId '${appId}' not found in Microsoft Entra ID.`);
    return app;
  }

  private npm(args: readonly string[], options: CommandOptions) {
    const env = options.env ?? {};
    if (!/^[0-9a-f-]{36}$/.test(env.JTAI_CLIENT_ID ?? '')) throw new CliError(`JTAI_CLIENT_ID "${env.JTAI_CLIENT_ID}"`);
    if (args.join(' ') === 'run build:tenant') this.builtWith = env;
    else if (args.join(' ') === 'run package')
      this.packaged = { appId: env.JTAI_APP_ID!, version: env.JTAI_APP_VERSION! };
    else throw new CliError(`npm ${args.join(' ')}`);
    return read(undefined);
  }

  private m365(args: readonly string[]): Answer {
    const invocation = parseInvocation(args);
    const handler = { ...this.entraCommands(), ...this.catalogCommands(), ...this.siteCommands() }[invocation.command];
    if (!handler) throw new CliError(`Command not found: ${invocation.command}`);
    return handler(invocation);
  }

  private entraCommands(): Record<string, (call: Invocation) => Answer> {
    return {
      'tenant id get': () => read(this.tenantId),
      'entra app list': () => read(this.apps.map(({ appId, displayName }) => ({ appId, displayName }))),
      'entra app get': ({ get }) => read(graphApplication(this.app(get('appId')))),
      'entra app permission list': ({ get }) =>
        read(
          this.app(get('appId')).permissions.map((p) => ({
            resourceId: p.resourceAppId,
            permission: p.name,
            type: 'Delegated',
          })),
        ),
      'entra app add': ({ options, get }) => write(this.addApp(options, get)),
      'entra app set': ({ options, get }) => write(this.setApp(this.app(get('appId')), options)),
      'entra app permission add': ({ get }) => {
        this.app(get('appId')).permissions.push(...get('delegatedPermissions').split(' ').map(resolvePermission));
        return write();
      },
      'entra app permission remove': ({ options, get }) => {
        if (!options.has('force')) throw new CliError('Are you sure you want to remove the permissions? (no answer)');
        const removed = get('delegatedPermissions').split(' ').map(resolvePermission);
        const app = this.app(get('appId'));
        app.permissions = app.permissions.filter(
          (held) => !removed.some((p) => p.resourceAppId === held.resourceAppId && p.name === held.name),
        );
        return write();
      },
      request: ({ options, get }) =>
        options.get('method') === 'patch' ? write(this.patch(get('url'), get('body'))) : read(this.getUrl(get('url'))),
      'entra enterpriseapp get': ({ get }) => {
        const sp = this.servicePrincipals.find((candidate) => candidate.appId === get('id'));
        if (!sp) throw new CliError('The specified Entra app does not exist');
        return read(sp);
      },
      'entra enterpriseapp add': ({ get }) => write(this.addServicePrincipal(this.app(get('id')).appId)),
      'entra oauth2grant list': ({ get }) => read(this.grants.filter((grant) => grant.clientId === get('spObjectId'))),
      'entra oauth2grant add': ({ get }) => write(this.grant(get('clientId'), get('resourceId'), get('scope'))),
      'entra oauth2grant set': ({ get }) => {
        const grant = this.grants.find((candidate) => candidate.id === get('grantId'));
        if (!grant) throw new CliError('Resource not found');
        grant.scope = get('scope');
        return write();
      },
    };
  }

  private catalogCommands(): Record<string, (call: Invocation) => Answer> {
    return {
      'teams app list': () =>
        read(
          this.teamsApps.map(({ id, externalId, displayName }) => ({
            id,
            externalId,
            displayName,
            distributionMethod: 'organization',
          })),
        ),
      'teams app publish': ({ get }) => write(this.publishTeamsApp(get('filePath'))),
      'teams app update': ({ get }) => {
        const app = this.teamsApps.find((candidate) => candidate.id === get('id'));
        if (!app || !this.packaged) throw new CliError('App not found');
        app.versions.push(this.packaged.version);
        return write();
      },
      'spo app list': () => read(this.spoApps),
      'spo app add': ({ options }) => write(this.addSpoApp(options.has('overwrite'))),
      'spo app deploy': ({ options, get }) => {
        const app = this.spoApps.find((candidate) => candidate.ID === get('id'));
        if (!app || !options.has('skipFeatureDeployment')) throw new CliError('Deploy failed');
        app.Deployed = true;
        return write();
      },
    };
  }

  /**
   * `spo site apppermission list/add/set` as CLI 11.10.0 does them against Graph's site permissions:
   * list prints one entry per app and grant; add looks the app up by id unless also given its name;
   * set changes the grant named by --id.
   */
  private siteCommands(): Record<string, (call: Invocation) => Answer> {
    return {
      'spo site apppermission list': ({ get }) =>
        read(
          this.site(get('siteUrl')).map(({ id, roles, app }) => ({
            appDisplayName: app.displayName,
            appId: app.id,
            permissionId: id,
            roles,
          })),
        ),
      'spo site apppermission add': ({ options, get }) => {
        const permissions = this.site(get('siteUrl'));
        const role = siteRole(get('permission'));
        const appId = get('appId');
        const displayName = options.has('appDisplayName') ? get('appDisplayName') : this.servicePrincipalName(appId);
        const permission = {
          id: `aTowaS50fG1zLnNwLmV4dHw${this.nextId++}`,
          roles: [role],
          app: { id: appId, displayName },
        };
        permissions.push(permission);
        return write(permission);
      },
      'spo site apppermission set': ({ get }) => {
        const permission = this.site(get('siteUrl')).find((candidate) => candidate.id === get('id'));
        if (!permission) throw new CliError('The specified app permission does not exist');
        permission.roles = [siteRole(get('permission'))];
        return write(permission);
      },
    };
  }

  private site(url: string): SitePermission[] {
    if (!this.sharePointAdmin) throw new CliError('Access denied');
    const permissions = this.sitePermissions.get(url);
    if (!permissions) throw new CliError(`Site ${url} not found`);
    return permissions;
  }

  private servicePrincipalName(appId: string): string {
    const sp = this.servicePrincipals.find((candidate) => candidate.appId === appId);
    if (!sp) throw new CliError('The specified Microsoft Entra app does not exist');
    return this.apps.find((app) => app.appId === appId)?.displayName ?? appId;
  }

  private addApp(options: Options, get: (name: string) => string) {
    if (options.has('redirectUris') && options.get('platform') !== 'spa') throw new CliError('platform is required');
    if (options.has('scopeName') && !options.has('scopeAdminConsentDisplayName'))
      throw new CliError('scope display name');
    const app: FakeApp = {
      id: this.newGuid(),
      appId: this.newGuid(),
      displayName: get('name'),
      signInAudience: options.has('multitenant') ? 'AzureADMultipleOrgs' : 'AzureADMyOrg',
      identifierUris: [],
      spa: { redirectUris: options.has('redirectUris') ? get('redirectUris').split(',') : [] },
      api: { oauth2PermissionScopes: [], preAuthorizedApplications: [] },
      permissions: options.has('apisDelegated') ? get('apisDelegated').split(',').map(resolvePermission) : [],
    };
    this.apps.push(app);
    if (options.has('uri')) app.identifierUris = [get('uri').replaceAll('_appId_', app.appId)];
    if (options.has('scopeName'))
      app.api.oauth2PermissionScopes = [{ id: this.newGuid(), value: get('scopeName'), type: 'User', isEnabled: true }];
    if (options.has('grantAdminConsent')) {
      const sp = this.addServicePrincipal(app.appId);
      for (const resourceAppId of new Set(app.permissions.map((p) => p.resourceAppId))) {
        const names = app.permissions.filter((p) => p.resourceAppId === resourceAppId).map((p) => p.name);
        this.grant(sp.id, this.servicePrincipals.find((s) => s.appId === resourceAppId)!.id, names.join(' '));
      }
    }
    return { appId: app.appId, objectId: app.id, tenantId: this.tenantId };
  }

  private setApp(app: FakeApp, options: Options) {
    if (options.has('redirectUris')) {
      if (options.get('platform') !== 'spa') throw new CliError('platform is required');
      app.spa.redirectUris.push(...String(options.get('redirectUris')).split(','));
    }
    if (options.has('uris')) app.identifierUris = String(options.get('uris')).split(',');
    return undefined;
  }

  private patch(url: string, body: string) {
    const app = this.apps.find((candidate) => url === `https://graph.microsoft.com/v1.0/applications/${candidate.id}`);
    if (!app) throw new CliError(`Resource not found: ${url}`);
    const { api, ...rest } = JSON.parse(body) as { api?: Record<string, unknown[]>; signInAudience?: string };
    if (api) Object.assign(app.api, api);
    if (rest.signInAudience) app.signInAudience = rest.signInAudience;
    return undefined;
  }

  private getUrl(url: string) {
    const match = /appCatalogs\/teamsApps\?\$filter=id eq '([^']+)'&\$expand=appDefinitions$/.exec(url);
    if (!match) throw new CliError(`Unexpected request ${url}`);
    const app = this.teamsApps.find((candidate) => candidate.id === match[1]);
    const appDefinitions = (app?.versions ?? []).map((version) => ({ version, publishingState: 'published' }));
    return { value: app ? [{ id: app.id, appDefinitions }] : [] };
  }

  private addServicePrincipal(appId: string) {
    if (this.servicePrincipals.some((sp) => sp.appId === appId)) throw new CliError('already exists');
    const sp = { id: this.newGuid(), appId };
    this.servicePrincipals.push(sp);
    return sp;
  }

  private grant(clientId: string, resourceId: string, scope: string) {
    if (this.grants.some((grant) => grant.clientId === clientId && grant.resourceId === resourceId))
      throw new CliError('Permission entry already exists.');
    this.grants.push({ id: `-grant${this.nextId++}`, clientId, resourceId, scope, consentType: 'AllPrincipals' });
    return undefined;
  }

  private publishTeamsApp(filePath: string) {
    if (!this.packaged || filePath !== 'appPackage/build/appPackage.zip')
      throw new CliError(`No package at ${filePath}`);
    if (this.teamsApps.some((app) => app.externalId === this.packaged!.appId)) throw new CliError('Conflict');
    const app = {
      id: this.newGuid(),
      externalId: this.packaged.appId,
      displayName: 'JTAI Action Plan',
      versions: [this.packaged.version],
    };
    this.teamsApps.push(app);
    return { id: app.id, externalId: app.externalId, displayName: app.displayName, distributionMethod: 'organization' };
  }

  private addSpoApp(overwrite: boolean) {
    if (!this.packaged) throw new CliError('No package');
    const existing = this.spoApps.find((app) => app.Title === 'JTAI Action Plan');
    if (existing && !overwrite) throw new CliError('A file with the name appPackage.zip already exists.');
    const entry = {
      ID: existing?.ID ?? this.newGuid(),
      ProductId: this.packaged.appId,
      Title: 'JTAI Action Plan',
      AppCatalogVersion: `${this.packaged.version}.0`,
      Deployed: false,
    };
    if (existing) Object.assign(existing, entry);
    else this.spoApps.push(entry);
    return { UniqueId: entry.ID, Name: 'appPackage.zip', Title: entry.Title };
  }
}

function siteRole(role: string): string {
  if (!SITE_ROLES.includes(role)) throw new CliError(`${role} is not a valid permission value.`);
  return role;
}

/** The application as Graph returns it; its permissions come from `entra app permission list`. */
function graphApplication(app: FakeApp) {
  const { permissions: _permissions, ...graph } = app;
  return graph;
}
