import { MessageBar, MessageBarBody, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { ConfigureTabState } from '../../state/configure-tab-store';
import { needsSetup, type SiteSetupState } from '../../state/site-setup-store';
import { ProblemBar } from '../common/problem-bar';
import { useStore } from '../common/use-store';
import { SetupSummary } from '../site-setup/setup-summary';
import { PlanPicker, type TabChoice } from './plan-picker';
import { SetUpFirst } from './set-up-first';
import { stack } from '../common/stack';
import { useReflowStyles } from '../theme/reflow-styles';

export type { TabChoice } from './plan-picker';

export interface ConfigureTabPageProps {
  /** "Set up this site", as the tab's own setup page runs it. */
  readonly siteSetup: StoreApi<SiteSetupState>;
  readonly configure: StoreApi<ConfigureTabState>;
  /** What Save would keep now, or null while nothing valid is chosen (Save stays disabled). */
  readonly onChoice: (choice: TabChoice | null) => void;
}

const useStyles = makeStyles({
  page: {
    padding: tokens.spacingHorizontalL,
    ...stack('M'),
    maxWidth: '640px',
    '& > h1, & > p': { margin: 0 },
  },
});

/**
 * The channel tab's configuration page: the site is checked first, and one that is not set up is
 * set up from here by a site owner (anyone else is told whom to ask); then the plan this tab shows
 * is chosen, or a new one started. The host's own Save button commits the choice.
 */
export function ConfigureTabPage({ siteSetup, configure, onChoice }: ConfigureTabPageProps) {
  useReflowStyles();
  const styles = useStyles();
  const inspection = useStore(siteSetup, (s) => s.inspection);
  const setupRun = useStore(siteSetup, (s) => s.run);
  useEffect(() => {
    if (siteSetup.getState().inspection.status === 'idle') void siteSetup.getState().inspect();
  }, [siteSetup]);
  const site = inspection.status === 'ready' ? inspection.site : null;
  const siteReady = site !== null && !needsSetup(site);
  useEffect(() => {
    if (!siteReady) onChoice(null);
  }, [siteReady, onChoice]);

  return (
    <main className={styles.page}>
      <Title2 as="h1">Choose the action plan for this tab</Title2>
      <Text as="p">
        Everyone in the team will see this plan in the tab. Plans are kept in lists on the team&apos;s SharePoint site.
      </Text>
      {(inspection.status === 'idle' || inspection.status === 'loading') && (
        <Spinner label="Checking the site…" aria-live="polite" />
      )}
      {inspection.status === 'error' && (
        <ProblemBar
          title="The site could not be checked"
          message={inspection.problem.message}
          onRetry={() => void siteSetup.getState().inspect()}
        />
      )}
      {site && !siteReady && <SetUpFirst siteSetup={siteSetup} configure={configure} site={site} />}
      {site?.state === 'newer-than-app' && <SetupSummary site={site} />}
      {siteReady && setupRun.status === 'done' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>This site is set up. Now choose a plan for this tab, or start a new one.</MessageBarBody>
        </MessageBar>
      )}
      {siteReady && <PlanPicker configure={configure} onChoice={onChoice} />}
    </main>
  );
}
