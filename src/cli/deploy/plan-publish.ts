import { m365Step, placeholder, type CommandStep, type DeployStep } from './deploy-plan';
import { PACKAGE_FILE, type DeploySettings } from './deploy-settings';
import { pick } from './json-fields';
import type { SharePointCatalogApp, TeamsCatalogApp } from './tenant-state';
import { compareVersions, newestVersion } from './version-order';

interface Planned {
  readonly steps: readonly DeployStep[];
  readonly problems: readonly string[];
}

/** The settings a tenant build and the package take, as environment variables. */
export function buildEnvironment(settings: DeploySettings, clientId: string): Readonly<Record<string, string>> {
  return {
    JTAI_CLIENT_ID: clientId,
    JTAI_HOST_URL: settings.hostUrl,
    JTAI_SITE_URL: settings.siteUrl,
    JTAI_TENANT_ID: settings.tenantId,
    JTAI_APP_ID: settings.teamsAppId,
    JTAI_APP_VERSION: settings.appVersion,
    JTAI_SITE_ACCESS: settings.siteAccess,
  };
}

/** Build and package (every run: they only write dist/ and the zip), then publish what differs. */
export function planPublish(
  settings: DeploySettings,
  clientId: string,
  teamsApp: TeamsCatalogApp | null,
  sharePointApp: SharePointCatalogApp | null,
): Planned {
  const env = buildEnvironment(settings, clientId);
  const build: CommandStep = {
    kind: 'command',
    title: 'Build the app for the tenant into dist/',
    command: 'npm',
    args: ['run', 'build:tenant'],
    env,
    changesTenant: false,
  };
  const pack: CommandStep = { ...build, title: `Package the Teams app into ${PACKAGE_FILE}`, args: ['run', 'package'] };
  const teams = planTeamsCatalog(settings, teamsApp);
  const sharePoint = settings.sharePointCatalog ? planSharePointCatalog(settings, sharePointApp) : empty;
  return {
    steps: [build, pack, ...teams.steps, ...sharePoint.steps],
    problems: [...teams.problems, ...sharePoint.problems],
  };
}

const empty: Planned = { steps: [], problems: [] };

/** Teams identifies the app by the manifest's id (the catalog's externalId) and takes each higher version. */
function planTeamsCatalog(settings: DeploySettings, app: TeamsCatalogApp | null): Planned {
  const filePath = ['--filePath', PACKAGE_FILE];
  if (!app)
    return {
      steps: [m365Step('Publish the app to the Teams app catalog', ['teams', 'app', 'publish', ...filePath])],
      problems: [],
    };
  const published = newestVersion(app.publishedVersions);
  if (published !== null && compareVersions(published, settings.appVersion) === 0) return empty;
  if (published !== null && compareVersions(published, settings.appVersion) > 0)
    return { steps: [], problems: [newerInCatalog('Teams app catalog', published, settings.appVersion)] };
  return {
    steps: [
      m365Step(`Update the app in the Teams app catalog to ${settings.appVersion}`, [
        ...['teams', 'app', 'update', '--id', app.id],
        ...filePath,
      ]),
    ],
    problems: [],
  };
}

/**
 * The SharePoint tenant app catalog offers the tab on SharePoint pages once the package is added
 * and deployed; --skipFeatureDeployment makes it available to every site at once
 * (https://pnp.github.io/cli-microsoft365/cmd/spo/app/app-deploy).
 */
function planSharePointCatalog(settings: DeploySettings, app: SharePointCatalogApp | null): Planned {
  const deploy = (id: string) =>
    m365Step('Deploy the app to every site from the SharePoint tenant app catalog', [
      ...['spo', 'app', 'deploy', '--id', id, '--appCatalogScope', 'tenant', '--skipFeatureDeployment'],
    ]);
  if (app && compareVersions(app.version, settings.appVersion) === 0)
    return { steps: app.deployed ? [] : [deploy(app.id)], problems: [] };
  if (app && compareVersions(app.version, settings.appVersion) > 0)
    return { steps: [], problems: [newerInCatalog('SharePoint tenant app catalog', app.version, settings.appVersion)] };
  const add = m365Step(
    app
      ? `Replace the package in the SharePoint tenant app catalog with ${settings.appVersion}`
      : 'Add the package to the SharePoint tenant app catalog',
    ['spo', 'app', 'add', '--filePath', PACKAGE_FILE, '--appCatalogScope', 'tenant', ...(app ? ['--overwrite'] : [])],
    { captures: [{ name: 'sharePointAppId', label: "the package's id in the catalog", from: uniqueId }] },
  );
  return { steps: [add, deploy(placeholder('sharePointAppId'))], problems: [] };
}

function newerInCatalog(catalog: string, found: string, deploying: string): string {
  return `The ${catalog} already has version ${found}, newer than ${deploying}: set --app-version (or JTAI_APP_VERSION) above ${found}.`;
}

function uniqueId(output: unknown): string | undefined {
  const id = pick(output, ['UniqueId']);
  return typeof id === 'string' && id ? id : undefined;
}
