import type { IsoDateTime } from '../dates';
import { ROLE_LABEL, type Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { contentChangedEvent } from './content-change-event';
import { contentHash } from './content-hash';
import type { Governance } from './governance';
import { stageLabel } from './stage-chain';
import { transition } from './transition';

/** What a save of signed content would do to the sign-offs, said before it is saved. */
export interface ContentChangePreview {
  /** The sign-offs that would no longer apply: who, and in what role. */
  readonly withdrawn: readonly { readonly name: string; readonly role: string }[];
  /** The stage the plan would go back to, when it would move. */
  readonly backTo: string | null;
  /** The plan is submitted: the change would be recorded as a revision instead. */
  readonly revision: boolean;
}

/**
 * Runs the change through the same reducer that will record it, without recording anything, so
 * the warning says exactly what saving will do. Null when the save touches nothing signed.
 */
export function previewContentChange(
  governance: Governance,
  before: PlanSnapshot,
  after: PlanSnapshot,
  by: Member,
  now: IsoDateTime,
): ContentChangePreview | null {
  if (contentHash(before) === contentHash(after)) return null;
  if (governance.signOffs.length === 0 && governance.submission === null) return null;
  const result = transition(governance, contentChangedEvent(before, after), by, now, after);
  if (!result.ok) return null;
  const next = result.value.governance;
  const superseded = new Set(next.supersessions.slice(governance.supersessions.length).map((s) => s.signOffId));
  const withdrawn = next.signOffs
    .filter((s) => superseded.has(s.id))
    .map((s) => ({ name: s.name, role: ROLE_LABEL[s.role] }));
  const backTo = next.stage !== governance.stage ? stageLabel(next.chain, next.stage) : null;
  const revision = next.revisions.length > governance.revisions.length;
  return withdrawn.length === 0 && backTo === null && !revision ? null : { withdrawn, backTo, revision };
}
