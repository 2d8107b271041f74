import { CLIENT_ID, note, type DeployPlan } from './deploy-plan';
import type { DeploySettings } from './deploy-settings';
import { planConsent } from './plan-consent';
import { planPublish } from './plan-publish';
import { planRegistration } from './plan-registration';
import { planSiteGrant } from './plan-site-grant';
import type { TenantState } from './tenant-state';

/**
 * The deployment against the tenant as observed: a pure function, so the same state always gives
 * the same plan, and a tenant that already matches gives no step that changes it.
 * `newScopeId` is the id a new access_as_user scope gets on a registration that lacks one.
 * Order: the registration, its consent, its grant on the site (Sites.Selected), build and package,
 * the catalogs; what a person still has to do (the admin-consent link, a site grant only a
 * SharePoint Administrator can make) comes last, where it is seen.
 */
export function planDeployment(settings: DeploySettings, state: TenantState, newScopeId: string): DeployPlan {
  if (state.signedInTenantId !== settings.tenantId)
    return {
      problems: [
        `The CLI for Microsoft 365 is signed in to tenant ${state.signedInTenantId}, not ${settings.tenantId}. ` +
          `Sign in to the right one: npx m365 login --tenant ${settings.tenantId}`,
      ],
      steps: [],
    };
  const clientId = state.registration?.appId ?? CLIENT_ID;
  const registration = planRegistration(settings, state.registration, newScopeId);
  const consent = planConsent(settings, state.registration, state.consent);
  const siteGrant = planSiteGrant(settings, clientId, state.siteGrants);
  const publish = planPublish(settings, clientId, state.teamsApp, state.sharePointApp);
  const problems = [...consent.problems, ...publish.problems];
  if (problems.length > 0) return { problems, steps: [] };
  return {
    problems: [],
    steps: [
      ...registration,
      ...consent.steps.filter((step) => step.kind === 'command'),
      ...siteGrant.filter((step) => step.kind === 'command'),
      ...publish.steps,
      ...consent.steps.filter((step) => step.kind === 'note'),
      ...siteGrant.filter((step) => step.kind === 'note'),
      note('Next', [
        ...(settings.clientId === clientId
          ? []
          : [`Keep JTAI_CLIENT_ID=${clientId} in manifest/.env, so later builds and packages use this registration.`]),
        `Serve dist/ at ${settings.hostUrl} (README, "Serve dist/").`,
      ]),
    ],
  };
}
