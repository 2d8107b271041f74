import type { Finding } from '../../domain/finding';
import { mergeFindingEdits } from '../../domain/finding-merge';
import {
  editedFinding,
  findingDeleteRefusal,
  findingEditProblem,
  findingTextProblem,
  newFinding,
  type FindingEdit,
} from '../../domain/finding-rules';
import type { FindingId } from '../../domain/ids';
import { canEditFindings } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { isStoreError } from '../../data/store-error';
import { conflictCurrent } from '../conflict-current';
import { findingConflict, findingConflictMessage, type FindingConflict } from './finding-conflict';
import type { AdminContext } from './admin-commands';
import { permittedWrite } from './permitted-write';
import { mergedUnlessConflict, writeMerging } from '../write-merging';
import type { Outcome } from '../outcome';

export type FindingOutcome = Outcome<
  { readonly status: 'done' },
  | { readonly status: 'invalid'; readonly message: string }
  /**
   * Someone else saved the finding first and changed a field the person changed too: theirs is now
   * in the plan, and `conflict` says which fields are the person's to choose.
   */
  | { readonly status: 'conflict'; readonly message: string; readonly conflict: FindingConflict }
>;

export interface FindingCommands {
  /** Adds a finding typed in by hand, after the plan's other findings. */
  addFinding(edit: FindingEdit): Promise<FindingOutcome>;
  /**
   * Changes a finding's type and words. `base` is the finding as the editor opened it (by default,
   * as the plan shows it now): changes others saved since are merged in, and only fields both
   * changed differently come back as a conflict, nothing overwritten.
   */
  editFinding(id: FindingId, edit: FindingEdit, base?: Finding): Promise<FindingOutcome>;
  /** Deletes a finding that no action answers. */
  deleteFinding(id: FindingId): Promise<FindingOutcome>;
}

export type FindingContext = Omit<AdminContext, 'newMemberId'> & { readonly newFindingId: () => FindingId };

const NOT_ADMIN = 'Only the plan admins (the DCS and the improvement lead) can add, change or delete findings.';
const GONE = 'This finding is no longer in the plan; someone may have deleted it.';
const CHANGED_BEFORE_DELETE =
  'Someone else changed this finding just now, so it was not deleted. Their version is now shown: check it, then delete it again if you still want to.';

const conflictOutcome = (conflict: FindingConflict): FindingOutcome => ({
  status: 'conflict',
  message: findingConflictMessage(conflict),
  conflict,
});

/** Changes a finding, merging in changes saved since `base`; both changing a field differently is a conflict. */
async function editFinding(
  ctx: FindingContext,
  putFinding: (finding: Finding) => void,
  snapshot: PlanSnapshot,
  id: FindingId,
  edit: FindingEdit,
  base: Finding | undefined,
): Promise<FindingOutcome> {
  const known = snapshot.findings.find((f) => f.id === id);
  if (!known) return { status: 'failed', message: GONE };
  const problem = findingEditProblem(known, edit, snapshot.actions);
  if (problem) return { status: 'invalid', message: problem };
  const startedFrom = base ?? known;
  const mine = editedFinding(startedFrom, edit);
  // Changes the plan already shows that arrived after the editor opened are merged in first.
  const shown = mergeFindingEdits(startedFrom, known, mine);
  if (shown.conflicts.length > 0) return conflictOutcome(findingConflict(startedFrom, known, mine));
  const written = await writeMerging({
    base: known,
    version: ctx.versions.get(id)!,
    value: shown.merged,
    write: (finding, version) => ctx.store.updateFinding(finding, version),
    merge: mergedUnlessConflict(mergeFindingEdits),
  });
  const stored = written.status === 'saved' ? written.saved : written.theirs;
  ctx.versions.set(id, stored.version);
  putFinding(stored.value);
  if (written.status === 'saved') return { status: 'done' };
  return conflictOutcome(findingConflict(written.base, stored.value, written.mine, stored.changedBy?.name));
}

export function findingCommands(ctx: FindingContext): FindingCommands {
  const setFindings = (findings: readonly Finding[]) => {
    const snapshot = ctx.snapshot();
    if (snapshot) ctx.replace({ ...snapshot, findings });
  };
  const putFinding = (finding: Finding) =>
    setFindings((ctx.snapshot()?.findings ?? []).map((f) => (f.id === finding.id ? finding : f)));
  const dropFinding = (id: FindingId) => setFindings((ctx.snapshot()?.findings ?? []).filter((f) => f.id !== id));

  /** Runs a write on a loaded plan by a plan admin; store failures become outcomes. */
  const guarded = (
    work: (snapshot: PlanSnapshot) => Promise<FindingOutcome>,
    onError: (error: unknown) => FindingOutcome | null = () => null,
  ): Promise<FindingOutcome> => permittedWrite(ctx, { allowed: canEditFindings, refusal: NOT_ADMIN }, work, onError);

  /** Takes in the stored finding a conflict carries, so the next try starts from it. */
  const tookInStored = (error: unknown): boolean => {
    const current = conflictCurrent<Finding>(error);
    if (!current) return false;
    ctx.versions.set(current.value.id, current.version);
    putFinding(current.value);
    return true;
  };

  return {
    addFinding: (edit) =>
      guarded(async (snapshot) => {
        const problem = findingTextProblem(edit.text);
        if (problem) return { status: 'invalid', message: problem };
        const finding = newFinding({ id: ctx.newFindingId(), planId: snapshot.plan.id, edit }, snapshot.findings);
        const [saved] = await ctx.store.createFindings([finding]);
        ctx.versions.set(finding.id, saved!.version);
        setFindings([...(ctx.snapshot() ?? snapshot).findings, saved!.value]);
        return { status: 'done' };
      }),
    editFinding: (id, edit, base) => guarded((snapshot) => editFinding(ctx, putFinding, snapshot, id, edit, base)),
    deleteFinding: (id) =>
      guarded(
        async (snapshot) => {
          const finding = snapshot.findings.find((f) => f.id === id);
          if (!finding) return { status: 'done' };
          const refusal = findingDeleteRefusal(finding, snapshot.actions);
          if (refusal) return { status: 'refused', message: refusal };
          await ctx.store.deleteFinding(id, ctx.versions.get(id)!);
          ctx.versions.delete(id);
          dropFinding(id);
          return { status: 'done' };
        },
        (error) => {
          if (isStoreError(error) && error.kind === 'not-found') {
            dropFinding(id);
            return { status: 'done' };
          }
          return tookInStored(error) ? { status: 'failed', message: CHANGED_BEFORE_DELETE } : null;
        },
      ),
  };
}
