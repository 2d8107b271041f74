import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { MemberId } from '../../domain/ids';
import { ROLE_LABEL } from '../../domain/member';
import type { Principal } from '../../domain/workflow/actor';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowResultBar } from './workflow-result';

const ADMIN_ROLE = 'role:plan-admin';

const encode = (p: Principal) => (p.kind === 'role' ? `role:${p.role}` : `member:${p.memberId}`);

export function describePrincipal(p: Principal, view: GovernanceView): string {
  if (p.kind === 'role') return `any ${ROLE_LABEL[p.role]}`;
  return view.snapshot.members.find((m) => m.id === p.memberId)?.displayName ?? 'a former member';
}

/** Who submits the plan to Ofsted: the DCS by default, or the person the letter names. */
export function PrincipalForm({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const current = encode(view.governance.principal);
  const [value, setValue] = useState(current);
  const { busy, result, run } = useWorkflow();
  const save = () => {
    const principal: Principal =
      value === ADMIN_ROLE
        ? { kind: 'role', role: 'plan-admin' }
        : { kind: 'member', memberId: value.slice('member:'.length) as MemberId };
    void run(
      { type: 'set-principal', principal },
      `The plan will be submitted by ${describePrincipal(principal, view)}.`,
    );
  };
  return (
    <div className={styles.column}>
      <Text>The plan is submitted to Ofsted by {describePrincipal(view.governance.principal, view)}.</Text>
      <div className={styles.form}>
        <Field label="Who submits the plan to Ofsted">
          <Select value={value} onChange={(_e, d) => setValue(d.value)}>
            <option value={ADMIN_ROLE}>Any plan admin (the DCS)</option>
            {view.snapshot.members
              .filter((m) => m.role !== 'reader')
              .map((m) => (
                <option key={m.id} value={`member:${m.id}`}>
                  {m.displayName} ({ROLE_LABEL[m.role]})
                </option>
              ))}
          </Select>
        </Field>
        <Button disabled={busy || value === current} onClick={save}>
          Save who submits
        </Button>
      </div>
      <WorkflowResultBar result={result} />
    </div>
  );
}
