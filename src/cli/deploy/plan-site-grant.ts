import { m365Step, note, type DeployStep } from './deploy-plan';
import type { DeploySettings } from './deploy-settings';
import { formatCommand } from './format-plan';
import type { SiteGrants } from './tenant-state';

/** What "Set up this site" and permission sync need on the site: lists, groups, role assignments. */
const ROLE = 'fullcontrol';
const WHO = '(Sites.Selected; needs a SharePoint Administrator)';

/**
 * With Sites.Selected, the app reaches only the sites it is granted, and does there what both its
 * role and the signed-in person allow. The plans' site needs `fullcontrol`; a grant already there
 * is kept, a lower one raised, none added. Both commands need a SharePoint Administrator; when the
 * grants could not be read, the plan says who runs what instead.
 * `apppermission add` is given the app's name as well as its id, so the CLI takes them as they are
 * instead of looking up an enterprise application, which a registration has only once consented;
 * it grants `write` and then raises it to `fullcontrol`, as Graph requires
 * (https://pnp.github.io/cli-microsoft365/cmd/spo/site/site-apppermission-add).
 */
export function planSiteGrant(
  settings: DeploySettings,
  clientId: string,
  found: SiteGrants | null,
): readonly DeployStep[] {
  if (settings.siteAccess !== 'selected') return [];
  const site = ['--siteUrl', settings.siteUrl];
  const add = m365Step(`Grant the app ${ROLE} on ${settings.siteUrl} ${WHO}`, [
    ...['spo', 'site', 'apppermission', 'add', ...site],
    ...['--appId', clientId, '--appDisplayName', settings.appName, '--permission', ROLE],
  ]);
  if (found?.kind === 'unreadable')
    return [
      note('Site permission', [
        `The app's permissions on ${settings.siteUrl} could not be read: ${found.message.split('\n')[0]}`,
        'Reading and granting them needs a SharePoint Administrator, who runs npm run deploy again with --site-access selected, or:',
        formatCommand(add),
      ]),
    ];
  const held = found?.grants ?? [];
  if (held.some((grant) => grant.roles.includes(ROLE))) return [];
  const lower = held[0];
  if (!lower) return [add];
  return [
    m365Step(`Raise the app's permission on ${settings.siteUrl} from ${lower.roles.join(', ')} to ${ROLE} ${WHO}`, [
      ...['spo', 'site', 'apppermission', 'set', ...site],
      ...['--id', lower.permissionId, '--permission', ROLE],
    ]),
  ];
}
