import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { formatShortDate, parseBritishDate } from '../../domain/dates';
import type { StageTimelineRow } from '../../domain/workflow/stage-timeline';
import { useGovernanceStyles } from './governance.styles';
import { useWorkflow } from './use-workflow';
import { WorkflowResultBar } from './workflow-result';
import { SelectField } from '../common/select-field';

/** Plan admins move a stage's due date, or put it back to the suggested one. */
export function DueDateForm({ rows }: { rows: readonly StageTimelineRow[] }) {
  const styles = useGovernanceStyles();
  const dated = rows.filter((r) => r.due !== null);
  const [stage, setStage] = useState(dated.find((r) => r.state !== 'done')?.stage ?? dated[0]?.stage ?? '');
  const chosen = dated.find((r) => r.stage === stage);
  const [text, setText] = useState('');
  const { busy, result, run, fail } = useWorkflow();
  if (dated.length === 0 || !chosen) return null;
  const set = () => {
    const date = parseBritishDate(text);
    if (!date) return fail('Enter the date as day/month/year, for example 20/04/2018.');
    void run(
      { type: 'set-due-date', stage: chosen.stage, date },
      `${chosen.label} is now due by ${formatShortDate(date)}.`,
    );
  };
  return (
    <div className={styles.column}>
      <div className={styles.form}>
        <SelectField
          label="Stage to re-date"
          value={stage}
          onChange={setStage}
          items={dated}
          choice={(r) => [r.stage, r.label]}
        />
        <Field
          label="New due date"
          hint={`day/month/year; now ${chosen.due ? formatShortDate(chosen.due) : 'not set'}`}
        >
          <Input value={text} onChange={(_e, d) => setText(d.value)} />
        </Field>
        <Button disabledFocusable={busy} onClick={set}>
          Set due date
        </Button>
        <Button
          disabled={busy || !chosen.overridden}
          onClick={() =>
            void run(
              { type: 'set-due-date', stage: chosen.stage, date: null },
              `${chosen.label} is back to its suggested date.`,
            )
          }
        >
          Use the suggested date
        </Button>
      </div>
      <WorkflowResultBar result={result} />
    </div>
  );
}
