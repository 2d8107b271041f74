import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import type { StoreApi } from 'zustand/vanilla';
import type { SetupResult, SiteSetupState, SiteSetupStatus } from '../../state/site-setup-store';
import { ProblemBar } from '../common/problem-bar';
import { useStore } from '../common/use-store';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  column: stack('M', 'flex-start'),
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

function resultText(result: SetupResult): string {
  const schema =
    result.schemaChanges === 0
      ? 'The lists were already up to date.'
      : `${result.schemaChanges} changes were made to the lists.`;
  if (result.permissions === null)
    return `${schema} Item permissions were not applied: this app has no SharePoint access.`;
  const writes = result.permissions.reduce((sum, p) => sum + p.writes, 0);
  const plans = result.permissions.length;
  return `${schema} Item permissions were checked on ${plans} ${plans === 1 ? 'plan' : 'plans'} (${writes} ${writes === 1 ? 'change' : 'changes'}).`;
}

/** The list of changes, the button for a site owner, and the run's progress and outcome. */
export function SetupRunner(props: { store: StoreApi<SiteSetupState>; site: SiteSetupStatus }) {
  const styles = useStyles();
  const run = useStore(props.store, (s) => s.run);
  const { site } = props;
  const mayRun = site.access.kind !== 'member';
  return (
    <div className={styles.column}>
      {site.changes.length > 0 && (
        <section aria-labelledby="setup-changes-heading">
          <Subtitle2 as="h2" id="setup-changes-heading">
            What will be created or upgraded
          </Subtitle2>
          <ul className={styles.changes}>
            {site.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </section>
      )}
      {site.access.kind === 'unknown' && site.changes.length > 0 && (
        <Text as="p">
          {site.access.reason} If you are not a site owner, setting up will be refused; ask a site owner instead.
        </Text>
      )}
      {mayRun && site.changes.length > 0 && run.status !== 'running' && (
        <Button appearance="primary" icon={<WrenchRegular />} onClick={() => void props.store.getState().setUp()}>
          {site.state === 'not-set-up' ? 'Set up this site' : 'Upgrade this site'}
        </Button>
      )}
      {run.status === 'running' && (
        <Field
          label="Setting up the site"
          validationState="none"
          validationMessage={
            run.progress ? `${run.progress.step} (${run.progress.done} of ${run.progress.total})` : 'Reading the site…'
          }
          aria-live="polite"
        >
          <ProgressBar
            value={run.progress && run.progress.total > 0 ? run.progress.done / run.progress.total : undefined}
          />
        </Field>
      )}
      {run.status === 'done' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            <MessageBarTitle>Setup finished</MessageBarTitle>
            {resultText(run.result)}
          </MessageBarBody>
        </MessageBar>
      )}
      {run.status === 'failed' && (
        <ProblemBar
          title="The site could not be set up"
          message={run.problem.message}
          onRetry={() => void props.store.getState().setUp()}
        />
      )}
    </div>
  );
}
