import { STATEMENT_TEXT_LABEL, statementTextProblems, type Plan, type StatementTexts } from '../../domain/plan';
import { mergePlanDetails } from '../../domain/plan-details-merge';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { AdminOutcome } from './admin-commands';
import { mergedUnlessConflict, type MergingWrite } from '../write-merging';
import type { Outcome } from '../outcome';

/**
 * A save of the statement's texts: as other admin outcomes, or a text someone else changed
 * differently meanwhile, with what they stored (the person's own text is still theirs to keep).
 */
export type StatementTextOutcome = Outcome<
  { readonly status: 'done' },
  {
    readonly status: 'conflict';
    readonly message: string;
    readonly theirs: StatementTexts;
    readonly fields: readonly (keyof StatementTexts)[];
  }
>;

/** What the command borrows from the admin commands: the plan-admin guard and the merging plan write. */
export interface StatementTextDeps {
  readonly asAdmin: <O>(work: (snapshot: PlanSnapshot) => Promise<O>, refusal: string) => Promise<O | AdminOutcome>;
  readonly writePlan: (
    snapshot: PlanSnapshot,
    value: Plan,
    merge: (base: Plan, theirs: Plan, mine: Plan) => Plan | null,
  ) => Promise<MergingWrite<Plan>>;
  /** What to say when others' changes kept arriving and nothing named a clash. */
  readonly planChanged: string;
}

const NOT_ADMIN = 'Only the plan admins (the DCS and the improvement lead) can change the statement’s texts.';
const DONE: AdminOutcome = { status: 'done' };

const trimmed = (texts: StatementTexts): StatementTexts => ({
  foreword: texts.foreword.trim(),
  monitoringArrangements: texts.monitoringArrangements.trim(),
});

/** The texts both edits changed differently, and what is stored, as a conflict to show. */
function textConflict(who: string, theirs: Plan, fields: readonly string[], planChanged: string): StatementTextOutcome {
  const texts = fields.filter((f): f is keyof StatementTexts => f === 'foreword' || f === 'monitoringArrangements');
  if (texts.length === 0) return { status: 'failed', message: planChanged };
  const names = texts.map((f) => STATEMENT_TEXT_LABEL[f].toLowerCase()).join(' and the ');
  return {
    status: 'conflict',
    message: `${who} changed the ${names} while you were editing, so your text was not saved. It is still in the box: compare it with theirs, then keep yours or use theirs.`,
    theirs: { foreword: theirs.foreword, monitoringArrangements: theirs.monitoringArrangements },
    fields: texts,
  };
}

/**
 * Saves the statement's texts (trimmed) as a plan admin. `base` is what the editor started from:
 * a text someone else saved since is kept unless this edit changed the same text too, whether the
 * plan on screen already shows their change or the store refuses the write as stale (412).
 */
export function statementTextCommand(deps: StatementTextDeps) {
  return async (texts: StatementTexts, base: StatementTexts): Promise<StatementTextOutcome> => {
    const problems = Object.values(statementTextProblems(texts));
    if (problems.length > 0) return { status: 'failed', message: problems.join(' ') };
    return deps.asAdmin(async (snapshot): Promise<StatementTextOutcome> => {
      const known = snapshot.plan;
      const startedFrom: Plan = { ...known, ...trimmed(base) };
      const shown = mergePlanDetails(startedFrom, known, { ...known, ...trimmed(texts) });
      if (shown.conflicts.length > 0) return textConflict('Someone else', known, shown.conflicts, deps.planChanged);
      const written = await deps.writePlan(snapshot, shown.merged, mergedUnlessConflict(mergePlanDetails));
      if (written.status === 'saved') return DONE;
      const { base: from, theirs, mine } = written;
      const clashes = mergePlanDetails(from, theirs.value, mine).conflicts;
      return textConflict(theirs.changedBy?.name ?? 'Someone else', theirs.value, clashes, deps.planChanged);
    }, NOT_ADMIN);
  };
}
