import {
  BUILT_IN_STAGE_KIND,
  isBuiltInStage,
  STAGE_KEYS,
  STAGE_LABEL,
  type ChainStageKey,
  type StageKey,
  type StageKind,
} from './stage-vocabulary';

export interface StageConfig {
  readonly key: ChainStageKey;
  readonly label: string;
  readonly kind: StageKind;
  readonly skipped: boolean;
}

export type StageChain = readonly StageConfig[];

/** The chain Haringey's 2018 partnership used: partner QA, partnership approval, Lead Member and Chief Executive sign-off, submission. */
export const DEFAULT_CHAIN: StageChain = STAGE_KEYS.map((key) => ({
  key,
  label: STAGE_LABEL[key],
  kind: BUILT_IN_STAGE_KIND[key],
  skipped: false,
}));

export const stageIndex = (chain: StageChain, key: ChainStageKey): number => chain.findIndex((s) => s.key === key);

export const stageOf = (chain: StageChain, key: ChainStageKey): StageConfig | null =>
  chain.find((s) => s.key === key) ?? null;

/** Names the app once gave built-in stages; chains stored then still carry them. */
const RETIRED_LABELS: Partial<Record<StageKey, string>> = { submitted: 'Submitted to Ofsted' };

/** A stage's name as shown: its own, except that a built-in stage's retired name reads as today's. */
export const labelOf = (stage: StageConfig): string =>
  isBuiltInStage(stage.key) && RETIRED_LABELS[stage.key] === stage.label ? STAGE_LABEL[stage.key] : stage.label;

export const stageLabel = (chain: StageChain, key: ChainStageKey): string => {
  const stage = stageOf(chain, key);
  return stage ? labelOf(stage) : key;
};

/** The first stage after `key` that is not skipped, or null at the end of the chain. */
export function nextActiveStage(chain: StageChain, key: ChainStageKey): StageConfig | null {
  return chain.slice(stageIndex(chain, key) + 1).find((s) => !s.skipped) ?? null;
}

/** The nearest stage at or before `key`, not skipped, whose kind is the first of `kinds` found. */
export function nearestEarlierStage(
  chain: StageChain,
  key: ChainStageKey,
  kinds: readonly StageKind[],
): StageConfig | null {
  const earlier = chain.slice(0, stageIndex(chain, key) + 1).filter((s) => !s.skipped);
  for (const kind of kinds) {
    const found = earlier.findLast((s) => s.kind === kind);
    if (found) return found;
  }
  return null;
}

/** The first active stage of a kind, for rules such as "after partnership approval". */
export const firstStageOfKind = (chain: StageChain, kind: StageKind): StageConfig | null =>
  chain.find((s) => s.kind === kind && !s.skipped) ?? null;

/**
 * The built-in stage that stands for `key` where only built-in keys fit (the Plans list's Stage
 * column): the stage itself, or for an added stage the last built-in stage before it.
 */
export function builtInStageOf(chain: StageChain, key: ChainStageKey): StageKey {
  if (isBuiltInStage(key)) return key;
  const before = chain.slice(0, stageIndex(chain, key)).map((s) => s.key);
  return before.filter(isBuiltInStage).at(-1) ?? 'drafting';
}
