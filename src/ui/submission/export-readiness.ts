import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { SignOff } from '../../domain/sign-off';
import { statementGaps, type StatementGap } from '../../domain/statement/statement-gaps';
import { outstandingSigners } from '../../domain/statement/statement-signers';
import { contentFacts, factsHash } from '../../domain/workflow/content-facts';
import type { Governance } from '../../domain/workflow/governance';
import { signOffScope, supersededIds } from '../../domain/workflow/sign-off-status';
import { completionRefusal } from '../../domain/workflow/stage-guards';
import { stageIndex } from '../../domain/workflow/stage-chain';
import { rulesOf } from '../../domain/workflow/stage-kind-rules';

/** What the export is given and what it still lacks, worked out from the replayed governance. */
export interface ExportReadiness {
  /** The sign-offs that stand for the content as it is now (see `currentSignOffs`). */
  readonly signOffs: readonly SignOff[];
  /** Every sign-off in the chain is complete: the document is the approved statement. */
  readonly final: boolean;
  /** What the statement lacks: areas without actions, incomplete actions, signatures outstanding. */
  readonly gaps: readonly StatementGap[];
}

/** One signer's place: an agency's QA, a partner (by person), an executive (by role). */
const slotOf = (s: SignOff): string =>
  s.stage === 'agency-qa'
    ? `qa:${s.agency ?? ''}`
    : s.stage === 'executive-sign-off'
      ? `exec:${s.role}`
      : `${s.stage}:${s.userId}`;

/**
 * The sign-offs the replay counted that still stand: each signer's latest decision, not
 * superseded, and bound to the content (the whole plan, or the agency's actions) as it is now.
 */
export function currentSignOffs(g: Governance, snapshot: PlanSnapshot): SignOff[] {
  // Hashing a large plan takes a moment: not done when nobody has signed.
  if (g.signOffs.length === 0) return [];
  const superseded = supersededIds(g);
  const facts = contentFacts(snapshot);
  const latest = new Map<string, SignOff>();
  for (const s of g.signOffs) latest.set(slotOf(s), s);
  return g.signOffs.filter(
    (s) => latest.get(slotOf(s)) === s && !superseded.has(s.id) && s.contentHash === factsHash(facts, signOffScope(s)),
  );
}

/**
 * Whether the statement is approved: every approval stage of the chain complete for the content
 * as it is, and every signer the statement names has approved it. A chain that skips both
 * approval stages has nobody to sign, so the statement is final once the plan reaches submission.
 */
function isFinal(g: Governance, snapshot: PlanSnapshot, outstanding: readonly string[]): boolean {
  const approvals = g.chain.filter((s) => !s.skipped && rulesOf(s).asksForSignature);
  if (approvals.length === 0) {
    const submission = g.chain.find((s) => rulesOf(s).recordsSubmission);
    return submission !== undefined && stageIndex(g.chain, g.stage) >= stageIndex(g.chain, submission.key);
  }
  return outstanding.length === 0 && approvals.every((s) => completionRefusal(s.kind, g, snapshot) === null);
}

export function exportReadiness(snapshot: PlanSnapshot, g: Governance): ExportReadiness {
  const signOffs = currentSignOffs(g, snapshot);
  const outstanding = outstandingSigners(snapshot, g.chain, signOffs);
  return { signOffs, final: isFinal(g, snapshot, outstanding), gaps: statementGaps(snapshot, outstanding) };
}
