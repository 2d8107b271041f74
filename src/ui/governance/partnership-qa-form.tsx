import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import {
  PARTNERSHIP_QA_ROLES,
  PARTNERSHIP_QA_WHO,
  type PartnershipQaRole,
} from '../../domain/workflow/agency-qa-signers';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowResultBar } from './workflow-result';
import { SelectField } from '../common/select-field';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Plan admins choose who quality-assures the actions the partnership leads itself. */
export function PartnershipQaForm({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const current = view.governance.partnershipQaRole;
  const [role, setRole] = useState<PartnershipQaRole>(current);
  const { busy, result, run } = useWorkflow();
  const save = () =>
    void run(
      { type: 'set-partnership-qa-role', role },
      `The partnership's actions will now be quality-assured by ${PARTNERSHIP_QA_WHO[role]}.`,
    );
  return (
    <div className={styles.column}>
      <div className={styles.form}>
        <SelectField
          label="Who quality-assures the partnership's actions"
          hint="For actions the safeguarding partnership leads itself (plan admins)."
          value={role}
          onChange={setRole}
          items={PARTNERSHIP_QA_ROLES}
          choice={(r) => [r, capitalised(PARTNERSHIP_QA_WHO[r])]}
        />
        <Button disabledFocusable={busy || role === current} onClick={save}>
          Save who assures partnership actions
        </Button>
      </div>
      <WorkflowResultBar result={result} />
    </div>
  );
}
