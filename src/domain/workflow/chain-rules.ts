import { STAGE_KEYS } from './stage-vocabulary';
import { SINGLE_LINE_LIMIT } from '../text-limits';
import { stageIndex, type StageChain, type StageConfig } from './stage-chain';
import {
  BUILT_IN_STAGE_KIND,
  CUSTOM_STAGE_KINDS,
  MANDATORY_STAGES,
  isBuiltInStage,
  isCustomStageKey,
  type ChainStageKey,
} from './stage-vocabulary';
import { refusal, type WorkflowError } from './workflow-error';

const invalid = (message: string): WorkflowError => refusal('WORKFLOW.INVALID_CHAIN', message);

function stageShapeProblem(stage: StageConfig): string | null {
  const label = stage.label.trim();
  if (!label) return 'Every stage needs a name.';
  if (label.length > SINGLE_LINE_LIMIT)
    return `Keep the name of "${label.slice(0, 40)}…" under ${SINGLE_LINE_LIMIT} characters.`;
  if (isBuiltInStage(stage.key)) {
    return stage.kind === BUILT_IN_STAGE_KIND[stage.key] ? null : `${label} cannot change what kind of stage it is.`;
  }
  if (!isCustomStageKey(stage.key)) return `"${stage.key}" is not a valid key for an added stage.`;
  return (CUSTOM_STAGE_KINDS as readonly string[]).includes(stage.kind)
    ? null
    : `${label} must be a meeting that decides or a review that comments.`;
}

/**
 * The standard stages carry the rules (who signs, what must be complete), so they stay, in
 * their order, and can only be skipped; added stages sit between drafting and submission.
 */
function structureProblem(chain: StageChain): string | null {
  const keys = chain.map((s) => s.key);
  if (new Set(keys).size !== keys.length) return 'Each stage can appear only once.';
  const builtIns = keys.filter(isBuiltInStage);
  if (builtIns.join() !== STAGE_KEYS.join())
    return 'The standard stages must all stay, in their usual order; skip any you do not need.';
  const mandatory = chain.find((s) => s.skipped && isBuiltInStage(s.key) && MANDATORY_STAGES.includes(s.key));
  if (mandatory) return `${mandatory.label} cannot be skipped.`;
  const first = stageIndex(chain, 'drafting');
  const last = stageIndex(chain, 'submitted');
  const misplaced = chain.find((s, i) => !isBuiltInStage(s.key) && (i < first || i > last));
  return misplaced ? `${misplaced.label} must come after drafting and before submission.` : null;
}

/** Stages the plan has already been through cannot be rewritten, nor can the one it is at. */
function historyProblem(before: StageChain, after: StageChain, current: ChainStageKey): string | null {
  const upTo = (chain: StageChain) =>
    chain
      .slice(0, stageIndex(chain, current) + 1)
      .map((s) => `${s.key}:${s.skipped}`)
      .join();
  const here = after.find((s) => s.key === current);
  if (!here || here.skipped) return 'The stage the plan is at cannot be removed or skipped.';
  return upTo(before) === upTo(after)
    ? null
    : 'Stages the plan has already passed cannot be added, removed or skipped.';
}

export function chainEditRefusal(before: StageChain, after: StageChain, current: ChainStageKey): WorkflowError | null {
  const problem =
    after.map(stageShapeProblem).find((p) => p !== null) ??
    structureProblem(after) ??
    historyProblem(before, after, current);
  return problem ? invalid(problem) : null;
}

/** The edit in words for the audit trail, e.g. "Added Cabinet after Partnership approval". */
export function describeChainEdit(before: StageChain, after: StageChain): string[] {
  const was = new Map(before.map((s) => [s.key, s]));
  const now = new Set(after.map((s) => s.key));
  const lines = after.flatMap((stage, i): string[] => {
    const old = was.get(stage.key);
    const prior = i > 0 ? after[i - 1]!.label : 'the start';
    if (!old) return [`Added ${stage.label} after ${prior}`];
    return [
      old.label !== stage.label ? `Renamed ${old.label} to ${stage.label}` : '',
      !old.skipped && stage.skipped ? `Skipped ${stage.label}` : '',
      old.skipped && !stage.skipped ? `Restored ${stage.label}` : '',
    ].filter(Boolean);
  });
  const removed = before.filter((s) => !now.has(s.key)).map((s) => `Removed ${s.label}`);
  const order = (chain: StageChain) =>
    chain
      .map((s) => s.key)
      .filter((k) => was.has(k) && now.has(k))
      .join();
  const moved = order(before) !== order(after) ? ['Reordered the added stages'] : [];
  return [...lines, ...removed, ...moved];
}
