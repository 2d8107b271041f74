import { looksLikeSubheading, type LetterLine } from './classify-lines';
import type { HeadingRole } from './headings';
import type { SectionType } from './parsed-letter';

export type SectionRole = HeadingRole | 'preamble' | 'unlisted';

/** A run of lines under one heading; `from`–`to` are the content lines (heading excluded). */
export interface LineSection {
  readonly type: SectionType;
  readonly role: SectionRole;
  readonly heading: string;
  readonly headingLine: number | null;
  readonly from: number;
  readonly to: number;
  /** Line indexes of sub-headings inside a findings section. */
  readonly subheadings: readonly number[];
}

/** The title and the salutation only open sections before the findings start. */
const EARLY_ROLES: ReadonlySet<HeadingRole> = new Set(['title', 'salutation']);

/** A heading wrapped onto lowercase lines ("…response to domestic" / "abuse in Durham"). */
function headingEnd(lines: readonly LetterLine[], index: number): number {
  let end = index + 1;
  while (lines[end]?.kind === 'text' && !lines[end]?.blankBefore && /^\p{Ll}/u.test(lines[end]?.text ?? '')) end++;
  return end;
}

function headingText(lines: readonly LetterLine[], index: number, end: number): string {
  return lines
    .slice(index, end)
    .map((l) => l.text)
    .join(' ');
}

function isSectionStart(line: LetterLine, findingsSeen: boolean): boolean {
  if (line.kind !== 'heading' || !line.heading) return false;
  return !(findingsSeen && EARLY_ROLES.has(line.heading.role as HeadingRole));
}

function explicitSections(lines: readonly LetterLine[]): LineSection[] {
  const sections: LineSection[] = [];
  let current: LineSection = {
    type: 'other',
    role: 'preamble',
    heading: '',
    headingLine: null,
    from: 0,
    to: 0,
    subheadings: [],
  };
  let findingsSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !isSectionStart(line, findingsSeen) || !line.heading) continue;
    sections.push({ ...current, to: i });
    const end = headingEnd(lines, i);
    const { type, role } = line.heading;
    findingsSeen ||= role === 'findings';
    current = { type, role, heading: headingText(lines, i, end), headingLine: i, from: end, to: end, subheadings: [] };
    i = end - 1;
  }
  sections.push({ ...current, to: lines.length });
  return sections;
}

/**
 * Inside a findings section, a heading-like line before bullets is a sub-heading. After the
 * bullets have ended for good, it is an unlisted narrative heading that closes the list, so
 * an unknown heading cannot make the next section's prose into findings.
 */
function refineFindings(lines: readonly LetterLine[], section: LineSection): LineSection[] {
  const hasBullets = lines.slice(section.from, section.to).some((l) => l.kind === 'bullet');
  const subheadings: number[] = [];
  for (let i = section.from; i < section.to; i++) {
    const line = lines[i];
    if (!line || !looksLikeSubheading(line, lines[i - 1], lines[i + 1])) continue;
    const bulletsFollow = lines.slice(i + 1, section.to).some((l) => l.kind === 'bullet');
    if (hasBullets && !bulletsFollow && i > section.from) {
      const closing: LineSection = { ...section, to: i, subheadings };
      const unlisted: LineSection = {
        type: 'other',
        role: 'unlisted',
        heading: line.text,
        headingLine: i,
        from: i + 1,
        to: section.to,
        subheadings: [],
      };
      return [closing, unlisted];
    }
    subheadings.push(i);
  }
  return [{ ...section, subheadings }];
}

export function findSections(lines: readonly LetterLine[]): LineSection[] {
  return explicitSections(lines).flatMap((s) => (s.role === 'findings' ? refineFindings(lines, s) : [s]));
}
