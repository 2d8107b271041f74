/** The governance stages of a plan, in the default (Haringey 2018) order. */
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
