import { Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { agencyLabel } from '../../domain/agency';
import { qaRefusal } from '../../domain/workflow/stage-guards';
import { labelOf, nextActiveStage, stageIndex, stageOf } from '../../domain/workflow/stage-chain';
import { rulesOf } from '../../domain/workflow/stage-kind-rules';
import type { ChainStageKey } from '../../domain/workflow/stage-vocabulary';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowForm } from './workflow-form';
import { selectOptions } from '../common/choice-options';

/** The plan admins move the plan on, send it back, override QA or close it, always with words for the trail. */
export function StageControls({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const g = view.governance;
  const here = stageOf(g.chain, g.stage);
  if (!here) return null;
  const rules = rulesOf(here);
  return (
    <section className={styles.section} aria-labelledby="controls-heading">
      <Text as="h3" id="controls-heading" size={400} weight="semibold">
        Move the plan (plan admins)
      </Text>
      {!rules.movesItself && <AdvanceForm view={view} />}
      {rules.collects === 'qa' && qaRefusal(g, view.snapshot) && <OverrideQaForm view={view} />}
      {!g.submission && stageIndex(g.chain, g.stage) > 0 && <ReturnForm view={view} />}
      {rules.closable && <CloseForm />}
      {rules.recordsSubmission && <Text>The plan moves on when its submission to Ofsted is recorded below.</Text>}
    </section>
  );
}

function AdvanceForm({ view }: { view: GovernanceView }) {
  const g = view.governance;
  const next = nextActiveStage(g.chain, g.stage);
  const [note, setNote] = useState('');
  const { busy, result, run } = useWorkflow();
  if (!next) return null;
  const move = async () => {
    if (await run({ type: 'advance', note }, `The plan is now at ${labelOf(next)}.`)) setNote('');
  };
  return (
    <WorkflowForm send={<>Move on to {labelOf(next)}</>} primary busy={busy} onSend={() => void move()} result={result}>
      <Field
        label="Note for the audit trail"
        hint="Required after a meeting: what it decided, with the date and minute reference."
      >
        <Textarea value={note} onChange={(_e, d) => setNote(d.value)} resize="vertical" />
      </Field>
    </WorkflowForm>
  );
}

function OverrideQaForm({ view }: { view: GovernanceView }) {
  const [reason, setReason] = useState('');
  const { busy, result, run } = useWorkflow();
  const outstanding = qaRefusal(view.governance, view.snapshot);
  const names =
    outstanding?.code === 'WORKFLOW.QA_INCOMPLETE'
      ? outstanding.outstanding.map((a) => agencyLabel(view.snapshot.plan.agencies, a)).join(', ')
      : '';
  return (
    <WorkflowForm
      send="Override QA and start collation"
      busy={busy}
      onSend={() => void run({ type: 'override-qa', reason }, 'QA overridden; collation has started.')}
      result={result}
    >
      <Text>Still waiting for QA from: {names}.</Text>
      <Field label="Reason for starting collation without their QA">
        <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
      </Field>
    </WorkflowForm>
  );
}

function ReturnForm({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const g = view.governance;
  const earlier = g.chain.slice(0, stageIndex(g.chain, g.stage)).filter((s) => !s.skipped);
  const [chosen, setTarget] = useState<ChainStageKey>(earlier.at(-1)?.key ?? 'drafting');
  const target = earlier.some((s) => s.key === chosen) ? chosen : (earlier.at(-1)?.key ?? 'drafting');
  const [reason, setReason] = useState('');
  const { busy, result, run } = useWorkflow();
  const found = earlier.find((s) => s.key === target);
  const label = found ? labelOf(found) : target;
  const send = async () => {
    if (await run({ type: 'return-to', stage: target, reason }, `The plan is back at ${label}.`)) setReason('');
  };
  return (
    <WorkflowForm send="Send back" busy={busy} onSend={() => void send()} result={result}>
      <div className={styles.form}>
        <Field label="Send the plan back to">
          <Select value={target} onChange={(_e, d) => setTarget(d.value as ChainStageKey)}>
            {selectOptions(earlier, (s) => [s.key, labelOf(s)])}
          </Select>
        </Field>
        <Field label="Reason for sending it back" className={styles.grow}>
          <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
        </Field>
      </div>
    </WorkflowForm>
  );
}

function CloseForm() {
  const [reason, setReason] = useState('');
  const { busy, result, run } = useWorkflow();
  return (
    <WorkflowForm
      send="Close the plan"
      busy={busy}
      onSend={() => void run({ type: 'close', reason }, 'The plan is closed.')}
      result={result}
    >
      <Field label="Reason for closing the plan" hint="Required while any action is not complete.">
        <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} resize="vertical" />
      </Field>
    </WorkflowForm>
  );
}
