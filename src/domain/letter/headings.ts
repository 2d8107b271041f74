import type { SectionType } from './parsed-letter';

/**
 * What a heading opens. Only `findings` sections hold items; case and practice studies are
 * narrative even when their heading says "area for priority action".
 */
export type HeadingRole = 'findings' | 'case-study' | 'next-steps' | 'narrative' | 'title' | 'salutation' | 'closing';

export interface HeadingMatch {
  readonly type: SectionType;
  readonly role: HeadingRole;
}

interface HeadingRule extends HeadingMatch {
  readonly pattern: RegExp;
}

const AREAS = String.raw`(?:the\s+)?(?:key\s+)?(?:areas?|area\(s\))\s+(?:for|of|requiring|needing)\s+`;

/** Order matters: study headings mention findings words, so they are tried first. */
const RULES: readonly HeadingRule[] = [
  { type: 'other', role: 'case-study', pattern: /^(?:case|practice)\s+(?:stud(?:y|ies)|examples?)\b/i },
  { type: 'priority-action', role: 'findings', pattern: new RegExp(`^${AREAS}priority\\s+actions?$`, 'i') },
  { type: 'priority-action', role: 'findings', pattern: /^priority\s+actions?$/i },
  {
    type: 'improvement',
    role: 'findings',
    pattern: new RegExp(`^${AREAS}(?:further\\s+)?(?:improvement|development)s?$`, 'i'),
  },
  { type: 'improvement', role: 'findings', pattern: /^what\s+(?:needs|requires)\s+(?:to\s+)?improve(?:ment)?\??$/i },
  { type: 'strength', role: 'findings', pattern: /^(?:areas?\s+of\s+)?(?:key\s+)?strengths?$/i },
  { type: 'strength', role: 'findings', pattern: /^what\s+is\s+working\s+well\??$/i },
  { type: 'other', role: 'next-steps', pattern: /^next\s+steps$/i },
  { type: 'other', role: 'narrative', pattern: /^(?:headline|main|key|summary\s+of)\s+findings$/i },
  { type: 'other', role: 'narrative', pattern: /^(?:context|summary|introduction|background)$/i },
  { type: 'other', role: 'title', pattern: /^joint\s+targeted\s+area\s+inspection\b/i },
  { type: 'other', role: 'salutation', pattern: /^dear\s+\S/i },
  { type: 'other', role: 'closing', pattern: /^yours\s+(?:sincerely|faithfully)\b/i },
];

const MAX_HEADING_LENGTH = 120;

/** Strips numbering ("2.", "B)") and a trailing colon, which some letters add to headings. */
function headingCore(line: string): string {
  return line
    .replace(/^(?:\d{1,2}|[A-Za-z])[.)]\s+/, '')
    .replace(/\s*:$/, '')
    .trim();
}

export function matchHeading(line: string): HeadingMatch | null {
  if (line.length > MAX_HEADING_LENGTH || !/^[\p{Lu}\d]/u.test(line)) return null;
  const core = headingCore(line);
  const rule = RULES.find((r) => r.pattern.test(core));
  return rule ? { type: rule.type, role: rule.role } : null;
}
