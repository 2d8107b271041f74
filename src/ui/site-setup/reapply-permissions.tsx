import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles } from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { PlanId } from '../../domain/ids';
import type { SiteSetupState, SiteSetupStatus } from '../../state/site-setup-store';
import { useServices } from '../app-services';
import { ProblemBar } from '../common/problem-bar';
import { usePick } from '../common/use-store';
import { row, stack } from '../common/stack';
import { SelectField } from '../common/select-field';

const useStyles = makeStyles({
  section: stack('M', 'flex-start'),
  flush: { margin: 0 },
  row: row('M', 'flex-end'),
});

const ADMIN_ROLES = new Set(['plan-admin', 'improvement-lead']);

/** For plan admins (and site owners): apply one plan's item permissions again. */
export function ReapplyPermissions({ store, site }: { store: StoreApi<SiteSetupState>; site: SiteSetupStatus }) {
  const styles = useStyles();
  const { planList } = useServices();
  const { plans, memberships } = usePick(planList, 'plans', 'memberships');
  const { reapply, backgroundProblem } = usePick(store, 'reapply', 'backgroundProblem');
  const administered = plans.filter(
    (p) => site.access.kind === 'manager' || memberships.some((m) => m.planId === p.id && ADMIN_ROLES.has(m.role)),
  );
  const [chosen, setChosen] = useState<string>('');
  const planId = (chosen || administered[0]?.id || '') as PlanId;
  if (administered.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="permissions-heading">
      <Subtitle2 as="h2" id="permissions-heading" className={styles.flush}>
        Item permissions
      </Subtitle2>
      <Text as="p" className={styles.flush}>
        Each plan has SharePoint groups for its admins and for each agency’s owners and readers. An agency’s owners can
        edit only their agency’s actions; sign-offs and the workflow history can be added to but never changed. The app
        re-applies a plan’s permissions after its members or an action’s agency change; do it by hand here if that
        failed.
      </Text>
      {backgroundProblem && (
        <MessageBar intent="warning">
          <MessageBarBody>{backgroundProblem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <SelectField
          label="Plan"
          value={planId}
          onChange={setChosen}
          items={administered}
          choice={(p) => [p.id, p.title]}
        />
        <Button
          icon={<ShieldKeyholeRegular />}
          disabled={reapply.status === 'running'}
          onClick={() => void store.getState().reapplyPermissions(planId)}
        >
          {reapply.status === 'running' ? 'Applying permissions…' : 'Re-apply permissions'}
        </Button>
      </div>
      {reapply.status === 'done' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {reapply.result.writes === 0
              ? `The permissions of “${reapply.result.planTitle}” were already as planned; nothing changed.`
              : `The permissions of “${reapply.result.planTitle}” were applied (${reapply.result.writes} changes).`}
          </MessageBarBody>
        </MessageBar>
      )}
      {reapply.status === 'failed' && (
        <ProblemBar title="The permissions could not be applied" message={reapply.problem.message} />
      )}
    </section>
  );
}
