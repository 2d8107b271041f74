import { Button, Dropdown, Field, Option, TableCell, TableRow } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { agencyLabel } from '../../domain/agency';
import { AGENCY_ROLES, ROLE_LABEL, ROLES, type Member, type Role } from '../../domain/member';
import type { DirectoryUser } from '../../domain/persona';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { useCommand, type CommandOutcome } from '../common/use-command';
import { PeoplePicker } from './people-picker';
import { ListEditorSection } from './list-editor-section';
import { agencyOptions } from '../common/agency-options';

const NONE = 'none';

/** A change to the plan's people, run when called. */
type MemberChange = () => Promise<CommandOutcome>;

export function MembersEditor({ snapshot }: { snapshot: PlanSnapshot }) {
  const { planView } = useServices();
  const [picked, setPicked] = useState<DirectoryUser | null>(null);
  const [role, setRole] = useState<Role>('agency-owner');
  const [agency, setAgency] = useState<string>(snapshot.plan.agencies[0]?.key ?? NONE);
  const search = useCallback((q: string) => planView.getState().searchDirectory(q), [planView]);
  /** Runs one change to the plan's people (an addition, a new role, a removal); keeps what went wrong. */
  const change = useCommand((command: MemberChange) => command(), { success: 'done', keepProblemWhileBusy: true });
  const add = async () => {
    if (!picked) return change.setProblem('Choose a person from the directory first.');
    const adding = picked;
    const outcome = await change.run(() =>
      planView.getState().addMember(adding, role, agency === NONE ? null : agency),
    );
    // Someone chosen while the addition was being saved stays chosen.
    if (outcome.status === 'done') setPicked((now) => (now === adding ? null : now));
  };
  const agencyChoices = [{ key: NONE, shortName: 'No agency' }, ...snapshot.plan.agencies];
  return (
    <ListEditorSection
      headingId="members-heading"
      heading="People in this plan"
      tableLabel="People in this plan"
      columns={['Name', 'Job title', 'Role', 'Agency', 'Remove']}
      minWidthRem={60}
      rows={snapshot.members.map((m) => (
        <MemberRow key={m.id} member={m} snapshot={snapshot} onChange={(command) => void change.run(command)} />
      ))}
      addForm={
        <>
          <PeoplePicker search={search} picked={picked} onPick={setPicked} />
          <Field label="Role">
            <RoleDropdown role={role} onChange={setRole} />
          </Field>
          <Field
            label="Agency"
            hint={AGENCY_ROLES.includes(role) ? 'Owners and QA leads act for one agency' : undefined}
          >
            <Dropdown
              value={agencyChoices.find((a) => a.key === agency)?.shortName ?? ''}
              selectedOptions={[agency]}
              onOptionSelect={(_e, d) => d.optionValue && setAgency(d.optionValue)}
            >
              {agencyOptions(agencyChoices)}
            </Dropdown>
          </Field>
          <Button onClick={() => void add()}>Add person</Button>
        </>
      }
      problem={change.problem}
    />
  );
}

function MemberRow({
  member,
  snapshot,
  onChange,
}: {
  member: Member;
  snapshot: PlanSnapshot;
  onChange: (command: MemberChange) => void;
}) {
  const { planView } = useServices();
  return (
    <TableRow>
      <TableCell>{member.displayName}</TableCell>
      <TableCell>{member.jobTitle}</TableCell>
      <TableCell>
        <RoleDropdown
          label={`Role of ${member.displayName}`}
          role={member.role}
          onChange={(role) => onChange(() => planView.getState().changeMember({ ...member, role }))}
        />
      </TableCell>
      <TableCell>{member.agency ? agencyLabel(snapshot.plan.agencies, member.agency) : 'None'}</TableCell>
      <TableCell>
        <Button
          appearance="subtle"
          aria-label={`Remove ${member.displayName}`}
          onClick={() => onChange(() => planView.getState().removeMember(member.id))}
        >
          Remove
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** A role, chosen from the roles a plan gives its people. */
function RoleDropdown(props: { role: Role; label?: string; onChange: (role: Role) => void }) {
  return (
    <Dropdown
      {...(props.label && { 'aria-label': props.label })}
      value={ROLE_LABEL[props.role]}
      selectedOptions={[props.role]}
      onOptionSelect={(_e, d) => d.optionValue && props.onChange(d.optionValue as Role)}
    >
      {ROLES.map((r) => (
        <Option key={r} value={r}>
          {ROLE_LABEL[r]}
        </Option>
      ))}
    </Dropdown>
  );
}
