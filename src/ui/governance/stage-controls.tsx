import { Field, Text, Textarea } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { agencyLabel } from '../../domain/agency';
import { qaRefusal } from '../../domain/workflow/stage-guards';
import { labelOf, nextActiveStage, stageIndex, stageOf } from '../../domain/workflow/stage-chain';
import { rulesOf } from '../../domain/workflow/stage-kind-rules';
import type { ChainStageKey } from '../../domain/workflow/stage-vocabulary';
import type { WorkflowEvent } from '../../domain/workflow/workflow-event';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowForm } from './workflow-form';
import { SelectField } from '../common/select-field';

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
  const next = nextActiveStage(view.governance.chain, view.governance.stage);
  if (!next) return null;
  return (
    <WordsForm
      send={<>Move on to {labelOf(next)}</>}
      primary
      label="Note for the audit trail"
      hint="Required after a meeting: what it decided, with the date and minute reference."
      event={(note) => ({ type: 'advance', note })}
      done={`The plan is now at ${labelOf(next)}.`}
    />
  );
}

function OverrideQaForm({ view }: { view: GovernanceView }) {
  const outstanding = qaRefusal(view.governance, view.snapshot);
  const names =
    outstanding?.code === 'WORKFLOW.QA_INCOMPLETE'
      ? outstanding.outstanding.map((a) => agencyLabel(view.snapshot.plan.agencies, a)).join(', ')
      : '';
  return (
    <WordsForm
      send="Override QA and start collation"
      label="Reason for starting collation without their QA"
      event={(reason) => ({ type: 'override-qa', reason })}
      done="QA overridden; collation has started."
    >
      <Text>Still waiting for QA from: {names}.</Text>
    </WordsForm>
  );
}

function ReturnForm({ view }: { view: GovernanceView }) {
  const g = view.governance;
  const earlier = g.chain.slice(0, stageIndex(g.chain, g.stage)).filter((s) => !s.skipped);
  const [chosen, setTarget] = useState<ChainStageKey>(earlier.at(-1)?.key ?? 'drafting');
  const target = earlier.some((s) => s.key === chosen) ? chosen : (earlier.at(-1)?.key ?? 'drafting');
  const found = earlier.find((s) => s.key === target);
  return (
    <WordsForm
      send="Send back"
      label="Reason for sending it back"
      event={(reason) => ({ type: 'return-to', stage: target, reason })}
      done={`The plan is back at ${found ? labelOf(found) : target}.`}
      beside={
        <SelectField
          label="Send the plan back to"
          value={target}
          onChange={setTarget}
          items={earlier}
          choice={(s) => [s.key, labelOf(s)]}
        />
      }
    />
  );
}

function CloseForm() {
  return (
    <WordsForm
      send="Close the plan"
      label="Reason for closing the plan"
      hint="Required while any action is not complete."
      event={(reason) => ({ type: 'close', reason })}
      done="The plan is closed."
    />
  );
}

/**
 * A workflow step that takes words for the audit trail; they are cleared once the step is recorded.
 * `beside` (a choice the step also takes) stands on the words' left, where the width allows.
 */
function WordsForm(props: {
  send: ReactNode;
  primary?: boolean;
  label: string;
  hint?: string;
  event: (words: string) => WorkflowEvent;
  done: string;
  children?: ReactNode;
  beside?: ReactNode;
}) {
  const styles = useGovernanceStyles();
  const [words, setWords] = useState('');
  const { busy, result, run } = useWorkflow();
  const send = async () => {
    if (await run(props.event(words), props.done)) setWords('');
  };
  const field = (
    <Field
      label={props.label}
      {...(props.hint !== undefined && { hint: props.hint })}
      {...(props.beside !== undefined && { className: styles.grow })}
    >
      <Textarea value={words} onChange={(_e, d) => setWords(d.value)} resize="vertical" />
    </Field>
  );
  return (
    <WorkflowForm
      send={props.send}
      {...(props.primary && { primary: true })}
      busy={busy}
      onSend={() => void send()}
      result={result}
    >
      {props.children}
      {props.beside ? (
        <div className={styles.form}>
          {props.beside}
          {field}
        </div>
      ) : (
        field
      )}
    </WorkflowForm>
  );
}
