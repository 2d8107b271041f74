import { statutoryDeadline } from '../calendar/statutory-deadline';
import type { IsoDate } from '../dates';
import type { LineSection } from './find-sections';
import type { LetterMetadata } from './parsed-letter';
import { DAY_MONTH_YEAR, findDate } from './read-dates';
import { readFieldwork, readInspection, readThemeAndArea } from './read-inspection';
import { readPrincipal, readPrintedDeadline } from './read-next-steps';
import type { PlacedBlock } from './render-text';

/** The parts of a letter that metadata is read from, as normalised text. */
export interface LetterParts {
  readonly text: string;
  readonly blocks: readonly PlacedBlock[];
  readonly sections: readonly LineSection[];
}

const LONE_DATE = new RegExp(`^${DAY_MONTH_YEAR.source}\\.?$`, 'i');
const OPENING_LENGTH = 4000;

function sectionText(parts: LetterParts, index: number): string {
  return parts.blocks
    .filter((b) => b.section === index && b.kind !== 'heading')
    .map((b) => b.text)
    .join('\n');
}

/** The dated line above the addressees; failing that, the first full date near the top. */
export function readLetterDate(parts: LetterParts): IsoDate | null {
  const dateLine = parts.blocks.find((b) => b.section === 0 && LONE_DATE.test(b.text));
  const found = findDate(dateLine?.text ?? parts.text.slice(0, 1500));
  return found?.hasYear ? found.date : null;
}

/** Everything before the first findings heading: title, summary and the fieldwork dates. */
function openingText(parts: LetterParts): string {
  const firstFindings = parts.sections.findIndex((s) => s.role === 'findings');
  const opening = parts.blocks.filter((b) => firstFindings < 0 || b.section < firstFindings).map((b) => b.text);
  return opening.join('\n').slice(0, OPENING_LENGTH);
}

/** "Next steps"; a letter that words that heading differently is searched after its findings. */
function nextStepsText(parts: LetterParts): string {
  const index = parts.sections.findIndex((s) => s.role === 'next-steps');
  if (index >= 0) return sectionText(parts, index);
  const lastFindings = parts.sections.map((s) => s.role).lastIndexOf('findings');
  return parts.blocks
    .filter((b) => b.section > lastFindings)
    .map((b) => b.text)
    .join('\n');
}

export function readMetadata(parts: LetterParts): LetterMetadata {
  const letterDate = readLetterDate(parts);
  const opening = openingText(parts);
  const title = parts.sections.find((s) => s.role === 'title')?.heading ?? null;
  const { theme, area } = readThemeAndArea(title, opening.replace(/\n/g, ' '));
  const nextSteps = nextStepsText(parts).replace(/\n/g, ' ');
  const principal = readPrincipal(nextSteps);
  const printedDeadline = readPrintedDeadline(nextSteps, letterDate);
  const computedDeadline = letterDate ? statutoryDeadline(letterDate) : null;
  return {
    area,
    letterDate,
    inspection: readInspection(
      theme,
      letterDate,
      parts.sections.map((s) => s.heading),
    ),
    fieldwork: readFieldwork(opening.replace(/\n/g, ' '), letterDate),
    principalAuthority: principal?.wording ?? null,
    principalKind: principal?.kind ?? null,
    printedDeadline,
    computedDeadline,
    deadlineMismatch: printedDeadline !== null && computedDeadline !== null && printedDeadline !== computedDeadline,
  };
}
