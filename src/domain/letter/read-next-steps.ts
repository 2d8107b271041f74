import type { IsoDate } from '../dates';
import type { PrincipalKind } from './parsed-letter';
import { DAY, MONTH, WEEKDAY, YEAR, dateFromParts } from './read-dates';

export interface Principal {
  readonly wording: string;
  readonly kind: PrincipalKind;
}

/** Tried in order: the 2022+ "We have determined that X is the principal authority" first. */
const PRINCIPAL_PATTERNS: readonly RegExp[] = [
  /\bwe have determined that\s+(.+?)\s+(?:is|are|will be)\s+the\s+principal\s+authorit(?:y|ies)/i,
  /(?:^|[.!?]\s+)([^.!?]+?)\s+(?:is|are)\s+the\s+principal\s+authorit(?:y|ies)/i,
  /(?:^|[.!?]\s+)([^.!?]+?)\s+(?:should|must|is\s+required\s+to)\s+prepare\s+(?:a|the)\s+written\s+statement/i,
  /(?:^|[.!?]\s+)([^.!?]+?)\s+(?:should|must)\s+send\s+(?:a|the)\s+written\s+statement/i,
];

const KIND_RULES: ReadonlyArray<readonly [RegExp, PrincipalKind]> = [
  [/director of children|\bDCS\b/i, 'director-of-childrens-services'],
  [/integrated care board|\bICB\b|clinical commissioning|\bCCG\b|\bNHS\b/i, 'integrated-care-board'],
  [
    /partnership|\bchair\b|\bLSCB\b|safeguarding (?:children )?board|safeguarding partners/i,
    'safeguarding-partnership',
  ],
  [/police|constabulary|chief constable/i, 'police'],
  [/council|local authority|borough|county|\bcity\b/i, 'local-authority'],
];

export function principalKind(wording: string): PrincipalKind {
  return KIND_RULES.find(([pattern]) => pattern.test(wording))?.[1] ?? 'other';
}

/** The principal authority in the letter's own words. */
export function readPrincipal(nextSteps: string): Principal | null {
  for (const pattern of PRINCIPAL_PATTERNS) {
    const wording = pattern
      .exec(nextSteps)?.[1]
      ?.replace(/,?\s+as\s+(?:the\s+)?principal\s+authority\b/i, '')
      .trim()
      .replace(/[\s,;:]+$/, '');
    if (wording && wording.length <= 200) return { wording, kind: principalKind(wording) };
  }
  return null;
}

const BY_DATE = new RegExp(String.raw`\bby\s+${WEEKDAY}?${DAY}(?:\s+of)?\s+(${MONTH})(?:,?\s+${YEAR})?`, 'gi');
const BY_MONTH_FIRST = new RegExp(String.raw`\bby\s+${WEEKDAY}?(${MONTH})\s+${DAY},?(?:\s+${YEAR})?`, 'gi');

interface DeadlineCandidate {
  readonly date: IsoDate;
  readonly index: number;
}

function candidates(text: string, letterDate: IsoDate | null): DeadlineCandidate[] {
  const missing = letterDate ? { onOrAfter: letterDate } : null;
  const dayFirst = [...text.matchAll(BY_DATE)].map((m) => ({
    m,
    date: dateFromParts(m[1] ?? '', m[2] ?? '', m[3], missing),
  }));
  const monthFirst = [...text.matchAll(BY_MONTH_FIRST)].map((m) => ({
    m,
    date: dateFromParts(m[2] ?? '', m[1] ?? '', m[3], missing),
  }));
  return [...dayFirst, ...monthFirst]
    .flatMap(({ m, date }) => (date ? [{ date, index: m.index }] : []))
    .sort((a, b) => a.index - b.index);
}

/**
 * The date the statement is due: a "by <date>" in the sentence that sends it to Ofsted, else the
 * first "by <date>" in "Next steps". A year left out is the first such date after the letter.
 */
export function readPrintedDeadline(nextSteps: string, letterDate: IsoDate | null): IsoDate | null {
  const found = candidates(nextSteps, letterDate);
  const sendAt = nextSteps.search(/\bsend\b|protectionofchildren@|written statement of (?:proposed )?action/i);
  const afterSend = found.find((c) => sendAt >= 0 && c.index > sendAt);
  return (afterSend ?? found[0])?.date ?? null;
}
