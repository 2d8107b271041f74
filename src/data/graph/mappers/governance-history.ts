import type { PlanId } from '../../../domain/ids';
import type { SignOff } from '../../../domain/sign-off';
import type { AuditEvent } from '../../../domain/workflow/audit-event';
import { initialGovernance, type Governance, type Submission } from '../../../domain/workflow/governance';
import { isBuiltInStage, type ChainStageKey } from '../../../domain/workflow/stage-chain';
import { workflowId, type WorkflowIdKind } from '../../../domain/workflow/workflow-ids';

/** The number a workflow id of this plan was minted with, or null for any other id. */
export function workflowSequenceOf(planId: PlanId, kind: WorkflowIdKind, id: string): number | null {
  const prefix = workflowId(kind, planId, 0).slice(0, -1);
  const rest = id.startsWith(prefix) ? id.slice(prefix.length) : '';
  return /^\d{1,15}$/.test(rest) ? Number(rest) : null;
}

/** Oldest first; records made in one transition share an instant and keep the order they were minted in. */
function byTimeThenSequence<T extends { readonly id: string; readonly at: string }>(
  planId: PlanId,
  kind: WorkflowIdKind,
): (a: T, b: T) => number {
  const sequence = (item: T) => workflowSequenceOf(planId, kind, item.id) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => a.at.localeCompare(b.at) || sequence(a) - sequence(b) || a.id.localeCompare(b.id);
}

/** The highest sequence of any record in the lists, so new ids never repeat one already stored. */
function highestSequence(planId: PlanId, signOffs: readonly SignOff[], audit: readonly AuditEvent[]): number {
  const numbers = [
    ...signOffs.map((s) => workflowSequenceOf(planId, 'signOff', s.id)),
    ...audit.map((e) => workflowSequenceOf(planId, 'audit', e.id)),
  ];
  return Math.max(0, ...numbers.filter((n): n is number => n !== null));
}

type StageChange = Extract<AuditEvent, { kind: 'stage-changed' }>;
type Submitted = Extract<AuditEvent, { kind: 'submitted' }>;
const isStageChange = (e: AuditEvent): e is StageChange => e.kind === 'stage-changed';
const isSubmitted = (e: AuditEvent): e is Submitted => e.kind === 'submitted';

/**
 * When the stored state cannot be read, what the audit trail can tell of it: the stage it last
 * moved to (on the default chain, the only one known) and the submission. The rest starts afresh.
 */
function recoveredFromAudit(planId: PlanId, audit: readonly AuditEvent[]): Governance {
  const moves = audit.filter(isStageChange);
  const stage: ChainStageKey = moves.map((e) => e.to).findLast(isBuiltInStage) ?? 'drafting';
  const sent = audit.findLast(isSubmitted);
  const submission: Submission | null = sent
    ? {
        date: sent.date,
        documentRef: sent.documentRef,
        recordedAt: sent.at,
        by: sent.actor,
        contentHash: sent.contentHash,
      }
    : null;
  return { ...initialGovernance(planId), stage, submission };
}

/**
 * A plan's governance as the app works with it: the stored state (or, when it is unreadable,
 * what the audit trail recovers), with its sign-offs and audit trail taken from the append-only
 * lists, so a copy edited in the state item can neither add nor hide a signature.
 */
export function withAuthoritativeHistory(
  planId: PlanId,
  stored: Governance | null,
  signOffs: readonly SignOff[],
  audit: readonly AuditEvent[],
): Governance {
  const trail = [...audit].filter((e) => e.planId === planId).sort(byTimeThenSequence(planId, 'audit'));
  const signed = [...signOffs].filter((s) => s.planId === planId).sort(byTimeThenSequence(planId, 'signOff'));
  const base = stored?.planId === planId ? stored : recoveredFromAudit(planId, trail);
  // Records of a commit whose state write failed are in the lists but not counted in the state.
  const sequence = Math.max(base.sequence, highestSequence(planId, signed, trail));
  return { ...base, signOffs: signed, audit: trail, sequence };
}

/** Whether the lists hold anything the workflow wrote for this plan (so it has governance). */
export function hasWorkflowHistory(
  planId: PlanId,
  signOffs: readonly SignOff[],
  audit: readonly AuditEvent[],
): boolean {
  return audit.some((e) => e.planId === planId) || highestSequence(planId, signOffs, audit) > 0;
}
