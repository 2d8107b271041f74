/**
 * The words for a plan's governance stages: the built-in stages (with their labels), the stages a
 * partnership adds, and the kinds that say what happens at each.
 */

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

/** Each built-in stage, in the order a plan passes through them: what it is called and what happens there. */
const BUILT_IN_STAGES = {
  drafting: { label: 'Drafting by partners', kind: 'drafting' },
  'agency-qa': { label: 'Agency quality assurance', kind: 'agency-qa' },
  collation: { label: 'Collation by the DCS', kind: 'collation' },
  'partnership-review': { label: 'Partnership review', kind: 'review' },
  amendments: { label: 'Amendments', kind: 'amendments' },
  'partnership-approval': { label: 'Partnership approval', kind: 'partnership-approval' },
  'executive-sign-off': { label: 'Lead Member and Chief Executive sign-off', kind: 'executive-sign-off' },
  submitted: { label: 'Ready to submit', kind: 'submission' },
  monitoring: { label: 'Monitoring delivery', kind: 'monitoring' },
  closed: { label: 'Closed', kind: 'closed' },
} as const satisfies Record<string, { readonly label: string; readonly kind: StageKind }>;

export type StageKey = keyof typeof BUILT_IN_STAGES;
export const STAGE_KEYS = Object.keys(BUILT_IN_STAGES) as readonly StageKey[];

const builtInMap = <T>(pick: (stage: (typeof BUILT_IN_STAGES)[StageKey]) => T) =>
  Object.fromEntries(STAGE_KEYS.map((key) => [key, pick(BUILT_IN_STAGES[key])])) as Record<StageKey, T>;

export const STAGE_LABEL: Record<StageKey, string> = builtInMap((stage) => stage.label);
export const BUILT_IN_STAGE_KIND: Record<StageKey, StageKind> = builtInMap((stage) => stage.kind);

export const isStageKey = (value: unknown): value is StageKey =>
  typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value);

/** A stage a partnership adds when it agrees governance, e.g. `custom-cabinet`. */
export type CustomStageKey = `custom-${string}`;
export type ChainStageKey = StageKey | CustomStageKey;

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
