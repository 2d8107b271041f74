import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import { STATEMENT_TEXT_KEYS, STATEMENT_TEXT_LABEL, type StatementTexts } from '../../domain/plan';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { draftForeword, draftMonitoring } from '../../domain/statement/statement-drafts';
import type { StageChain } from '../../domain/workflow/stage-chain';
import { StatementTextField } from './statement-text-field';
import { useStatementText, type SaveNote } from './use-statement-text';
import { row, stack } from '../common/stack';

const useStyles = makeStyles({
  section: stack('L'),
  actions: row('M'),
});

/** What each text is for, under its box. */
const TEXT_HINT: Record<keyof StatementTexts, string> = {
  foreword: 'Who the partnership is, what the inspection found and the leaders’ commitment.',
  monitoringArrangements: 'Who oversees delivery, how often progress is reviewed, and how it is reported.',
};

export interface StatementTextEditorProps {
  readonly snapshot: PlanSnapshot;
  /** The plan's governance chain, which the monitoring draft describes. */
  readonly chain: StageChain;
  /** A plan admin: may write the texts. */
  readonly editable: boolean;
  /** The partners or executives have approved the plan as it is now. */
  readonly approved: boolean;
}

function SaveNoteBar({ note }: { note: SaveNote | null }) {
  if (note === null) return null;
  if (note.kind === 'saved') {
    return (
      <Text role="status" block>
        Saved. The next export uses these texts.
      </Text>
    );
  }
  return (
    <MessageBar intent={note.kind === 'conflict' ? 'warning' : 'error'} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{note.kind === 'conflict' ? 'Changed by someone else' : 'Not saved'}</MessageBarTitle>
        {note.message}
        {note.kind === 'problem' && ' Your text is still in the boxes.'}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The statement's introduction and foreword and its monitoring arrangements, as the DCS writes them. */
export function StatementTextEditor({ snapshot, chain, editable, approved }: StatementTextEditorProps) {
  const styles = useStyles();
  const editing = useStatementText(snapshot.plan);
  const draft: Record<keyof StatementTexts, () => string> = {
    foreword: () => draftForeword(snapshot),
    monitoringArrangements: () => draftMonitoring(snapshot, chain),
  };
  return (
    <section className={styles.section} aria-labelledby="statement-text-heading">
      <Text as="h3" id="statement-text-heading" size={400} weight="semibold">
        Statement text
      </Text>
      <Text>
        {editable
          ? 'The document opens with an introduction and foreword and closes with how delivery will be governed and monitored. Write them here, or start from a draft built from the plan.'
          : 'Only the plan admins (the DCS and the improvement lead) can change these texts.'}
      </Text>
      {editable && approved && (
        <MessageBar intent="info">
          <MessageBarBody>
            The plan has been approved as it is. Saving a change to these texts withdraws the approvals, and the plan
            goes back for approval.
          </MessageBarBody>
        </MessageBar>
      )}
      {STATEMENT_TEXT_KEYS.map((key) => (
        <StatementTextField
          key={key}
          label={STATEMENT_TEXT_LABEL[key]}
          hint={TEXT_HINT[key]}
          value={editing.values[key]}
          editable={editable}
          onChange={(v) => editing.setValue(key, v)}
          draft={draft[key]}
          onTakeTheirs={() => editing.takeTheirs(key)}
          {...(editing.conflicts[key] !== undefined ? { theirs: editing.conflicts[key] } : {})}
        />
      ))}
      {editable && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            onClick={() => void editing.save()}
            disabledFocusable={editing.saving}
            icon={editing.saving ? <Spinner size="tiny" /> : undefined}
          >
            {editing.saving ? 'Saving the statement text…' : 'Save statement text'}
          </Button>
          {editing.dirty && !editing.saving && <Text size={200}>You have changes that are not saved yet.</Text>}
        </div>
      )}
      <SaveNoteBar note={editing.note} />
    </section>
  );
}
