/**
 * The words for a plan's governance stages: the built-in stages (with their labels), the stages a
 * partnership adds, and the kinds that say what happens at each.
 */
export const STAGE_KEYS = [
  'drafting',
  'agency-qa',
  'collation',
  'partnership-review',
  'amendments',
  'partnership-approval',
  'executive-sign-off',
  'submitted',
  'monitoring',
  'closed',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export const STAGE_LABEL: Record<StageKey, string> = {
  drafting: 'Drafting by partners',
  'agency-qa': 'Agency quality assurance',
  collation: 'Collation by the DCS',
  'partnership-review': 'Partnership review',
  amendments: 'Amendments',
  'partnership-approval': 'Partnership approval',
  'executive-sign-off': 'Lead Member and Chief Executive sign-off',
  submitted: 'Ready to submit',
  monitoring: 'Monitoring delivery',
  closed: 'Closed',
};

export const isStageKey = (value: unknown): value is StageKey =>
  typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value);

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
