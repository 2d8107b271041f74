import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import {
  isPartnershipQaRole,
  PARTNERSHIP_QA_ROLES,
  PARTNERSHIP_QA_WHO,
  type PartnershipQaRole,
} from '../../domain/workflow/agency-qa-signers';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowResultBar } from './workflow-result';
import { selectOptions } from '../common/choice-options';

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
        <Field
          label="Who quality-assures the partnership's actions"
          hint="For actions the safeguarding partnership leads itself (plan admins)."
        >
          <Select
            value={role}
            onChange={(_e, d) => {
              if (isPartnershipQaRole(d.value)) setRole(d.value);
            }}
          >
            {selectOptions(PARTNERSHIP_QA_ROLES, (r) => [r, capitalised(PARTNERSHIP_QA_WHO[r])])}
          </Select>
        </Field>
        <Button disabledFocusable={busy || role === current} onClick={save}>
          Save who assures partnership actions
        </Button>
      </div>
      <WorkflowResultBar result={result} />
    </div>
  );
}
