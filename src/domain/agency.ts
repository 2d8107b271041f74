/**
 * The partner agencies a finding or action can belong to. A plan carries its own list
 * (configurable); these keys are the defaults, and the tags the letter parser infers.
 */
export const DEFAULT_AGENCY_KEYS = [
  'childrens-social-care',
  'police',
  'health',
  'education',
  'probation',
  'youth-justice',
  'partnership',
] as const;
export type DefaultAgencyKey = (typeof DEFAULT_AGENCY_KEYS)[number];

/** A plan may add agencies of its own (e.g. `housing`), so the key is an open string. */
export type AgencyKey = DefaultAgencyKey | (string & {});

export interface Agency {
  readonly key: AgencyKey;
  /** Full name as it appears in the plan, e.g. "Metropolitan Police Service". */
  readonly name: string;
  /** Short label for chips and columns, e.g. "Police". */
  readonly shortName: string;
}

export const DEFAULT_AGENCIES: readonly Agency[] = [
  {
    key: 'childrens-social-care',
    name: "Children's social care (local authority)",
    shortName: "Children's social care",
  },
  { key: 'police', name: 'Police', shortName: 'Police' },
  { key: 'health', name: 'Health (ICB and NHS trusts)', shortName: 'Health' },
  { key: 'education', name: 'Education and schools', shortName: 'Education' },
  { key: 'probation', name: 'Probation Service', shortName: 'Probation' },
  { key: 'youth-justice', name: 'Youth justice service', shortName: 'Youth justice' },
  { key: 'partnership', name: 'Safeguarding partnership', shortName: 'Partnership' },
];

const AGENCY_KEY = /^[a-z][a-z0-9-]{1,39}$/;
export const isAgencyKey = (value: unknown): value is AgencyKey => typeof value === 'string' && AGENCY_KEY.test(value);
export const isDefaultAgencyKey = (value: unknown): value is DefaultAgencyKey =>
  typeof value === 'string' && (DEFAULT_AGENCY_KEYS as readonly string[]).includes(value);

export function agencyLabel(agencies: readonly Agency[], key: AgencyKey): string {
  return agencies.find((a) => a.key === key)?.shortName ?? key;
}
