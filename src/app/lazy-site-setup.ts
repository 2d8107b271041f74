import type { GraphSiteSetupOptions } from '../data/graph/graph-site-setup';
import type { SiteSetup } from '../data/site-setup.port';
import { onFirstUse } from '../state/on-first-use';

/**
 * "Set up this site" (reading the site's schema and provisioning it) loads on first use, in a
 * chunk of its own: start-up checks the site only after the first view has its data.
 */
export function lazySiteSetup(options: GraphSiteSetupOptions): SiteSetup {
  const load = onFirstUse(() =>
    import(/* webpackChunkName: "site-schema" */ '../data/graph/graph-site-setup').then((m) =>
      m.createGraphSiteSetup(options),
    ),
  );
  return {
    inspect: async () => (await load()).inspect(),
    setUp: async (onProgress) => (await load()).setUp(onProgress),
    reapplyPermissions: async (planId) => (await load()).reapplyPermissions(planId),
  };
}
