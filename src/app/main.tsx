import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { createGraphPlanStore } from '../data/graph/graph-plan-store';
import type { UserId } from '../domain/ids';
import { createDemoSignIn } from '../host/demo-sign-in';
import { detectHost } from '../host/detect-host';
import { webPendingEditStorage } from '../state/pending-edits';
import { ProblemBar } from '../ui/common/problem-bar';
import { SignInPage } from '../ui/sign-in/sign-in-page';
import { localConfig } from './config';
import { Root } from './root';

async function start(reactRoot: ReactRoot): Promise<void> {
  const host = await detectHost({ window });
  const config = localConfig(window.location.origin);
  const signIn = createDemoSignIn({ emulatorUrl: config.emulatorUrl, storage: sessionStorage });
  const asParam = new URLSearchParams(window.location.search).get('as');
  if (asParam) signIn.signIn(asParam as UserId);
  if (!signIn.current()) {
    const personas = await signIn.listPersonas();
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
    return;
  }
  const store = createGraphPlanStore({
    graphBaseUrl: config.graphBaseUrl,
    siteId: config.siteId,
    getToken: signIn.getToken,
  });
  const user = await store.whoAmI();
  const deps = {
    store,
    user,
    host: host.kind,
    pending: webPendingEditStorage(localStorage),
    switchPerson: () => {
      signIn.signOut();
      window.history.replaceState(null, '', window.location.pathname + window.location.hash);
      void start(reactRoot);
    },
  };
  reactRoot.render(<Root deps={deps} />);
}

function showStartupProblem(reactRoot: ReactRoot, error: unknown) {
  reactRoot.render(
    <FluentProvider theme={webLightTheme} lang="en-GB">
      <main style={{ padding: 24 }}>
        <ProblemBar
          title="JTAI Action Plan could not start"
          message={`${error instanceof Error ? error.message : String(error)} Check that the local emulator is running (npm start), then reload.`}
          onRetry={() => window.location.reload()}
        />
      </main>
    </FluentProvider>,
  );
}

const reactRoot = createRoot(document.getElementById('root')!);
start(reactRoot).catch((error: unknown) => showStartupProblem(reactRoot, error));
