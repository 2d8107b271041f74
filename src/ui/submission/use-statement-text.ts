import { useEffect, useRef, useState } from 'react';
import type { Plan, StatementTexts } from '../../domain/plan';
import { useServices } from '../app-services';
import { useCommand } from '../common/use-command';

export type TextKey = keyof StatementTexts;

/** Someone else's stored text that clashed with the person's, field by field. */
export type TextConflicts = Partial<Record<TextKey, string>>;

export type SaveNote =
  | { readonly kind: 'saved' }
  | { readonly kind: 'problem'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string };

export interface StatementTextEditing {
  readonly values: StatementTexts;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly note: SaveNote | null;
  readonly conflicts: TextConflicts;
  setValue(key: TextKey, value: string): void;
  /** Takes the stored text that clashed with the person's, in place of theirs. */
  takeTheirs(key: TextKey): void;
  save(): Promise<void>;
}

const textsOf = (plan: Plan): StatementTexts => ({
  foreword: plan.foreword,
  monitoringArrangements: plan.monitoringArrangements,
});

const same = (a: StatementTexts, b: StatementTexts) =>
  a.foreword === b.foreword && a.monitoringArrangements === b.monitoringArrangements;

/**
 * The statement's texts as the person edits them. `base` is the stored texts the edit started
 * from: while nothing is typed, what others save is shown as it arrives; once something is
 * typed it is kept, and a save merges it with what others saved since. Nothing typed is lost to
 * a failed save: the text stays in the box until it is saved or the person takes theirs.
 */
export function useStatementText(plan: Plan): StatementTextEditing {
  const { planView } = useServices();
  const stored = textsOf(plan);
  const [values, setValues] = useState(stored);
  const [base, setBase] = useState(stored);
  /** What the last save said, but for a problem, which the command keeps. */
  const [said, setSaid] = useState<Exclude<SaveNote, { kind: 'problem' }> | null>(null);
  const [conflicts, setConflicts] = useState<TextConflicts>({});
  const latest = useRef({ values, base });
  latest.current = { values, base };

  useEffect(() => {
    const now = { foreword: plan.foreword, monitoringArrangements: plan.monitoringArrangements };
    if (!same(latest.current.values, latest.current.base)) return;
    setValues(now);
    setBase(now);
  }, [plan.foreword, plan.monitoringArrangements]);

  const command = useCommand(() => planView.getState().saveStatementText(values, base), {
    success: 'done',
    handled: ['conflict'],
    onSuccess: () => {
      const saved = textsOf(planView.getState().snapshot?.plan ?? plan);
      setValues(saved);
      setBase(saved);
      setConflicts({});
      setSaid({ kind: 'saved' });
    },
  });
  const save = async () => {
    if (command.busy) return;
    setSaid(null);
    const outcome = await command.run();
    if (outcome.status === 'conflict') {
      // The next save starts from what is stored now, so saving again keeps the person's text.
      setBase(outcome.theirs);
      setConflicts(Object.fromEntries(outcome.fields.map((f) => [f, outcome.theirs[f]])));
      setSaid({ kind: 'conflict', message: outcome.message });
    }
  };
  const note: SaveNote | null = command.problem !== null ? { kind: 'problem', message: command.problem } : said;
  const clearNote = () => {
    command.setProblem(null);
    setSaid(null);
  };

  return {
    values,
    dirty: !same(values, base),
    saving: command.busy,
    note,
    conflicts,
    setValue: (key, value) => {
      setValues((v) => ({ ...v, [key]: value }));
      if (note?.kind === 'saved') clearNote();
    },
    takeTheirs: (key) => {
      const theirs = conflicts[key];
      if (theirs === undefined) return;
      setValues((v) => ({ ...v, [key]: theirs }));
      const rest = { ...conflicts };
      delete rest[key];
      setConflicts(rest);
      if (Object.keys(rest).length === 0) clearNote();
    },
    save,
  };
}
