import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { labelOf, stageIndex, type StageChain, type StageConfig } from '../../domain/workflow/stage-chain';
import {
  CUSTOM_STAGE_KINDS,
  isBuiltInStage,
  MANDATORY_STAGES,
  customStageKey,
  type CustomStageKind,
} from '../../domain/workflow/stage-vocabulary';
import { useGovernanceStyles } from './governance.styles';
import type { GovernanceView } from './governance-view';
import { useWorkflow } from './use-workflow';
import { WorkflowResultBar } from './workflow-result';
import { SelectField } from '../common/select-field';

const KIND_LABEL: Record<CustomStageKind, string> = {
  meeting: 'A meeting that decides (e.g. Cabinet)',
  review: 'A review that comments (e.g. a scrutiny committee)',
};

/** Stages still to come that the partnership can skip or drop: never the mandatory ones. */
const changeable = (stage: StageConfig, index: number, here: number) =>
  index > here && !(isBuiltInStage(stage.key) && MANDATORY_STAGES.includes(stage.key));

/**
 * While governance is agreed, the plan admins shape the chain: add a stage (Cabinet, a scrutiny
 * committee), skip one, or drop one they added. Stages already passed stay as they were.
 */
export function ChainEditor({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const { chain, stage } = view.governance;
  const here = stageIndex(chain, stage);
  const { busy, result, run } = useWorkflow();
  const edit = (next: StageChain, success: string) => run({ type: 'edit-chain', chain: next }, success);
  const toggle = (s: StageConfig) =>
    void edit(
      chain.map((c) => (c.key === s.key ? { ...c, skipped: !c.skipped } : c)),
      `${labelOf(s)} ${s.skipped ? 'restored' : 'skipped'}.`,
    );
  const remove = (s: StageConfig) =>
    void edit(
      chain.filter((c) => c.key !== s.key),
      `${labelOf(s)} removed.`,
    );
  return (
    <section className={styles.section} aria-labelledby="chain-heading">
      <Text as="h3" id="chain-heading" size={400} weight="semibold">
        Governance chain (plan admins)
      </Text>
      <Text>
        Agree how the plan is signed off: add a stage such as Cabinet or a scrutiny committee, or skip one you do not
        need.
      </Text>
      <ul className={styles.plainList} aria-label="Stages in the chain">
        {chain.map((s, i) => (
          <li key={s.key} className={styles.form}>
            <Text className={s.skipped ? styles.muted : undefined}>
              {i + 1}. {labelOf(s)}
              {s.skipped ? ' (skipped)' : ''}
              {isBuiltInStage(s.key) ? '' : ' (added)'}
            </Text>
            {changeable(s, i, here) &&
              (isBuiltInStage(s.key) ? (
                <Button size="small" disabledFocusable={busy} onClick={() => toggle(s)}>
                  {s.skipped ? `Restore ${labelOf(s)}` : `Skip ${labelOf(s)}`}
                </Button>
              ) : (
                <Button size="small" disabledFocusable={busy} onClick={() => remove(s)}>
                  Remove {labelOf(s)}
                </Button>
              ))}
          </li>
        ))}
      </ul>
      <AddStageForm view={view} onAdd={edit} busy={busy} />
      <WorkflowResultBar result={result} />
    </section>
  );
}

function AddStageForm(props: {
  view: GovernanceView;
  busy: boolean;
  onAdd: (chain: StageChain, success: string) => Promise<boolean>;
}) {
  const styles = useGovernanceStyles();
  const { chain, stage } = props.view.governance;
  const here = stageIndex(chain, stage);
  const slots = chain.slice(here, stageIndex(chain, 'submitted'));
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<CustomStageKind>('meeting');
  const [chosen, setAfter] = useState(slots.at(-1)?.key ?? stage);
  const after = slots.some((s) => s.key === chosen) ? chosen : (slots.at(-1)?.key ?? stage);
  const add = async () => {
    const at = stageIndex(chain, after) + 1;
    const added: StageConfig = { key: customStageKey(label), label: label.trim(), kind, skipped: false };
    if (await props.onAdd([...chain.slice(0, at), added, ...chain.slice(at)], `${added.label || 'The stage'} added.`)) {
      setLabel('');
    }
  };
  return (
    <div className={styles.form}>
      <Field label="Name of the new stage" className={styles.grow}>
        <Input value={label} onChange={(_e, d) => setLabel(d.value)} />
      </Field>
      <SelectField
        label="What it does"
        value={kind}
        onChange={setKind}
        items={CUSTOM_STAGE_KINDS}
        choice={(k) => [k, KIND_LABEL[k]]}
      />
      <SelectField
        label="Add it after"
        value={after}
        onChange={setAfter}
        items={slots}
        choice={(s) => [s.key, labelOf(s)]}
      />
      <Button disabled={props.busy} onClick={() => void add()}>
        Add stage
      </Button>
    </div>
  );
}
