import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { loadGraphLibrary } from '../data/graph/graph-client';
import { createGraphNotificationStore } from '../data/graph/graph-notification-store';
import type { UserId } from '../domain/ids';
import { createDemoSignIn } from '../host/demo-sign-in';
import { detectHost } from '../host/detect-host';
import type { HostInfo } from '../host/host-kind';
import { ensureWebStorage } from '../host/web-storage';
import { webPendingEditStorage } from '../state/pending-edits';
import { ProblemBar } from '../ui/common/problem-bar';
import { SignInPage } from '../ui/sign-in/sign-in-page';
import { buildEnv, LOCAL_SITE_PATH, readConfig } from './config';
import { liveChangesInterval } from './live-changes-interval';
import { Root } from './root';
import { openKnownSite } from './open-site';
import { preloadPlanScreens } from './preload-plan-screens';
import { prepareSiteServices } from './site-services';

/** Asked once per page: the host does not change, and a page framed by a stranger should not wait twice. */
let hostDetection: Promise<HostInfo> | null = null;

async function start(reactRoot: ReactRoot): Promise<void> {
  const config = readConfig(buildEnv(), window.location.origin);
  hostDetection ??= detectHost({ window });
  // The Graph client library is a chunk of its own: it downloads while the host and sign-in are settled.
  void loadGraphLibrary().catch(() => undefined); // the first Graph call loads it again
  if (config.mode === 'tenant') {
    const { startInTenant } = await import(/* webpackChunkName: "tenant" */ './tenant-start');
    return startInTenant(reactRoot, await hostDetection, config);
  }
  const signIn = createDemoSignIn({ emulatorUrl: config.emulatorUrl, storage: sessionStorage });
  const asParam = new URLSearchParams(window.location.search).get('as');
  if (asParam) signIn.signIn(asParam as UserId);
  if (!signIn.current()) return showDemoSignIn(reactRoot, signIn);
  const configuring = window.location.hash.startsWith('#/configure') ? await hostDetection : null;
  if (configuring?.kind === 'teams') {
    const { showLocalTabConfiguration } = await import(/* webpackChunkName: "configure-tab" */ './configure-tab-start');
    return showLocalTabConfiguration(reactRoot, configuring, config, signIn.getToken);
  }
  preloadPlanScreens(window.location.hash);
  const siteUrl = `${config.emulatorUrl}${LOCAL_SITE_PATH}`;
  const [opened, host] = await Promise.all([
    openKnownSite({
      graphBaseUrl: config.graphBaseUrl,
      siteId: config.siteId,
      webUrl: siteUrl,
      getToken: signIn.getToken,
    }),
    hostDetection,
  ]);
  const { user } = opened;
  // The emulator's site is checked like a tenant's: an empty one (`--no-seed`) opens on "Set up this site".
  const { store, siteSetup, checkSite } = await prepareSiteServices(
    {
      graphBaseUrl: config.graphBaseUrl,
      siteId: config.siteId,
      siteUrl,
      getToken: signIn.getToken,
      getSharePointToken: signIn.getToken,
    },
    opened.store,
    opened.lists,
  );
  const deps = {
    store,
    siteSetup,
    siteUrl,
    user,
    afterFirstView: checkSite,
    host: host.kind,
    pending: webPendingEditStorage(localStorage),
    liveChangesEveryMs: liveChangesInterval(buildEnv(), window.location.search, true),
    notifications: createGraphNotificationStore({
      knownLists: Promise.resolve(opened.lists),
      graphBaseUrl: config.graphBaseUrl,
      siteId: config.siteId,
      getToken: signIn.getToken,
      // Only a Microsoft 365 host has an activity feed; the link builder stays out of the first view.
      teams:
        host.kind === 'teams'
          ? (await import(/* webpackChunkName: "teams-activity" */ './teams-activity-links')).teamsActivityFor(host, {
              appId: config.appId,
              appUrl: window.location.origin,
              siteUrl,
            })
          : undefined,
    }),
    switchPerson: () => {
      signIn.signOut();
      window.history.replaceState(null, '', window.location.pathname + window.location.hash);
      void start(reactRoot);
    },
  };
  reactRoot.render(<Root deps={deps} />);
}

/** The emulator's people to sign in as; the list loads while the host handshake runs. */
async function showDemoSignIn(reactRoot: ReactRoot, signIn: ReturnType<typeof createDemoSignIn>): Promise<void> {
  const [personas] = await Promise.all([signIn.listPersonas(), hostDetection]);
  reactRoot.render(
    <FluentProvider theme={webLightTheme} lang="en-GB">
      <SignInPage
        personas={personas}
        onSignIn={(id) => {
          signIn.signIn(id);
          void start(reactRoot);
        }}
      />
    </FluentProvider>,
  );
}

function showStartupProblem(reactRoot: ReactRoot, error: unknown) {
  const hint = isLocalBuild() ? ' Check that the local emulator is running (npm start), then reload.' : '';
  reactRoot.render(
    <FluentProvider theme={webLightTheme} lang="en-GB">
      <main style={{ padding: 24 }}>
        <ProblemBar
          title="JTAI Action Plan could not start"
          message={`${error instanceof Error ? error.message : String(error)}${hint}`}
          onRetry={() => window.location.reload()}
        />
      </main>
    </FluentProvider>,
  );
}

function isLocalBuild(): boolean {
  try {
    return readConfig(buildEnv(), window.location.origin).mode === 'local';
  } catch {
    return false;
  }
}

ensureWebStorage(window);
const reactRoot = createRoot(document.getElementById('root')!);
start(reactRoot).catch((error: unknown) => showStartupProblem(reactRoot, error));
