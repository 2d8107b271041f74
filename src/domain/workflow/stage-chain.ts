import { STAGE_KEYS, STAGE_LABEL, type StageKey } from '../stage';

/** A stage a partnership adds when it agrees governance, e.g. `custom-cabinet`. */
export type CustomStageKey = `custom-${string}`;
export type ChainStageKey = StageKey | CustomStageKey;

/** What happens at a stage, which decides who may act there and what lets the plan move on. */
export const STAGE_KINDS = [
  'drafting',
  'agency-qa',
  'collation',
  'review',
  'amendments',
  'partnership-approval',
  'executive-sign-off',
  'meeting',
  'submission',
  'monitoring',
  'closed',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/**
 * What each kind of stage means to the rules. One entry per kind, so a new kind does not compile
 * until it says how every rule treats it.
 */
export interface StageKindRules {
  /**
   * Working days the stage needs on the suggested timetable, read off the Haringey 2018 one: about a
   * week for each step between the partners' drafts and the deadline; drafting takes what is left.
   */
  readonly workingDays: number;
  /** Whether it has a due date; delivery runs to each action's own target dates instead. */
  readonly dated: boolean;
  /** The sign-offs the stage collects before the plan may move on: each agency's QA, the partners', the executives'. */
  readonly collects: 'qa' | 'partners' | 'executives' | null;
  /** Whether the whole plan is put to people for their signature here (so open comments must be resolved first). */
  readonly asksForSignature: boolean;
  /** Whether agency QA can no longer be given once the plan is here (approval has begun). */
  readonly closesQa: boolean;
  /** Whether the partnership can comment on the draft here. */
  readonly takesComments: boolean;
  /** Whether the principal records the submission to Ofsted here. */
  readonly recordsSubmission: boolean;
  /** Whether a plan here has been submitted (moved past submission). */
  readonly afterSubmission: boolean;
  /** Whether a plan admin may close the plan here (delivery is being monitored). */
  readonly closable: boolean;
  /** Whether the plan is finished: nothing in it changes any more. */
  readonly closed: boolean;
  /** Whether the plan leaves this stage only through its own event (submission recorded, plan closed), not "move on". */
  readonly movesItself: boolean;
}

const RULES_BEFORE_APPROVAL: StageKindRules = {
  workingDays: 5,
  dated: true,
  collects: null,
  asksForSignature: false,
  closesQa: false,
  takesComments: false,
  recordsSubmission: false,
  afterSubmission: false,
  closable: false,
  closed: false,
  movesItself: false,
};
const SIGNING: StageKindRules = {
  ...RULES_BEFORE_APPROVAL,
  asksForSignature: true,
  closesQa: true,
  takesComments: true,
};
const AFTER_SUBMISSION: StageKindRules = {
  ...RULES_BEFORE_APPROVAL,
  workingDays: 0,
  dated: false,
  closesQa: true,
  afterSubmission: true,
  movesItself: true,
};

export const STAGE_KIND_RULES: Record<StageKind, StageKindRules> = {
  drafting: { ...RULES_BEFORE_APPROVAL, workingDays: 0 },
  'agency-qa': { ...RULES_BEFORE_APPROVAL, collects: 'qa' },
  collation: RULES_BEFORE_APPROVAL,
  review: { ...RULES_BEFORE_APPROVAL, takesComments: true },
  amendments: { ...RULES_BEFORE_APPROVAL, takesComments: true },
  'partnership-approval': { ...SIGNING, collects: 'partners' },
  'executive-sign-off': { ...SIGNING, collects: 'executives' },
  meeting: { ...RULES_BEFORE_APPROVAL, takesComments: true },
  submission: { ...RULES_BEFORE_APPROVAL, workingDays: 3, closesQa: true, recordsSubmission: true, movesItself: true },
  monitoring: { ...AFTER_SUBMISSION, closable: true },
  closed: { ...AFTER_SUBMISSION, closed: true },
};

/** The rules for one stage. */
export const rulesOf = (stage: { readonly kind: StageKind }): StageKindRules => STAGE_KIND_RULES[stage.kind];

/** Kinds a partnership may give an added stage: a body that decides (Cabinet) or one that comments (scrutiny). */
export const CUSTOM_STAGE_KINDS = ['meeting', 'review'] as const;
export type CustomStageKind = (typeof CUSTOM_STAGE_KINDS)[number];

export const BUILT_IN_STAGE_KIND: Record<StageKey, StageKind> = {
  drafting: 'drafting',
  'agency-qa': 'agency-qa',
  collation: 'collation',
  'partnership-review': 'review',
  amendments: 'amendments',
  'partnership-approval': 'partnership-approval',
  'executive-sign-off': 'executive-sign-off',
  submitted: 'submission',
  monitoring: 'monitoring',
  closed: 'closed',
};

/** Stages every plan passes through: the statutory submission and what follows it. */
export const MANDATORY_STAGES: readonly StageKey[] = ['drafting', 'submitted', 'monitoring', 'closed'];

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

const CUSTOM_KEY = /^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isCustomStageKey = (value: unknown): value is CustomStageKey =>
  typeof value === 'string' && value.length <= 64 && CUSTOM_KEY.test(value);

export const isBuiltInStage = (key: ChainStageKey): key is StageKey => (STAGE_KEYS as readonly string[]).includes(key);

/** `custom-` plus a slug of the label, e.g. "Cabinet (April)" → `custom-cabinet-april`. */
export function customStageKey(label: string): CustomStageKey {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `custom-${slug || 'stage'}`;
}

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
