import type { IsoDate } from '../dates';
import type { DateRangeIso, InspectionInfo } from './parsed-letter';
import { DAY, MONTH, YEAR, dateFromParts, fullYear, isoFromParts, monthNumber } from './read-dates';

const FRONT_DOOR = /identification of initial need and risk|\bfront door\b/i;
const RESPONSE_TO = /multi-?agency response to\s+(.+?)\s+in\s+([\p{Lu}][^.]*?)\s*(?:\.|$)/u;
const TITLE_AREA = /^joint targeted area inspection(?:\s+\(JTAI\))?\s+of\s+(.+?)\.?$/i;
/** The first letters of the programme that began in 2022. */
const FIRST_2022_LETTER: IsoDate = '2022-01-01' as IsoDate;

export interface ThemeAndArea {
  readonly theme: string | null;
  readonly area: string | null;
}

/** "… response to abuse and neglect in Haringey": the theme, then the area after the last " in ". */
function splitThemeArea(phrase: string): ThemeAndArea | null {
  const m = RESPONSE_TO.exec(phrase);
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const words = `${m[1]} in ${m[2]}`;
  const cut = words.lastIndexOf(' in ');
  return { theme: words.slice(0, cut).replace(/^the\s+/i, ''), area: words.slice(cut + 4).trim() };
}

/** 2016–2020 titles name theme and area; 2022+ titles name the area and the first sentence the theme. */
export function readThemeAndArea(title: string | null, opening: string): ThemeAndArea {
  const fromTitle = title ? splitThemeArea(title) : null;
  if (fromTitle) return fromTitle;
  const titleArea = title ? (TITLE_AREA.exec(title)?.[1] ?? null) : null;
  const fromOpening = splitThemeArea(opening);
  return { theme: fromOpening?.theme ?? null, area: titleArea ?? fromOpening?.area ?? null };
}

export function readInspection(
  theme: string | null,
  letterDate: IsoDate | null,
  headings: readonly string[],
): InspectionInfo {
  const newLayout = headings.some((h) => /^(?:headline findings|what needs to improve)/i.test(h));
  const era2016 = letterDate !== null ? letterDate < FIRST_2022_LETTER : !newLayout && headings.length > 0;
  if (era2016) return { kind: 'jtai-2016-2020', theme };
  if (theme === null) return { kind: 'unknown', theme: null };
  // The front-door theme is kept in the letter's own words, as it names the whole programme.
  if (FRONT_DOOR.test(theme)) return { kind: 'front-door', theme: `multi-agency response to ${theme}` };
  return { kind: 'themed', theme };
}

const SPAN = new RegExp(
  String.raw`\b(?:between|from|on)\s+${DAY}(?:\s+(${MONTH}))?(?:\s+${YEAR})?\s*(?:and|to|until|–|-)\s*${DAY}\s+(${MONTH})(?:\s+${YEAR})?`,
  'i',
);

/** "Between 4 and 8 December 2017", "from 28 November to 2 December 2022", "Between 20 and 24 June". */
export function readFieldwork(opening: string, letterDate: IsoDate | null): DateRangeIso | null {
  const m = SPAN.exec(opening);
  const [, startDay, startMonth, startYear, endDay, endMonth, endYear] = m ?? [];
  if (!startDay || !endDay || !endMonth) return null;
  const end = dateFromParts(endDay, endMonth, endYear, letterDate ? { onOrBefore: letterDate } : null);
  const firstMonth = monthNumber(startMonth ?? endMonth);
  const lastMonth = monthNumber(endMonth);
  if (!end || firstMonth === null || lastMonth === null) return null;
  // "29 December to 2 January 2018": a start month after the end month is in the year before.
  const endYearNumber = Number(end.slice(0, 4));
  const year = startYear ? fullYear(startYear) : firstMonth > lastMonth ? endYearNumber - 1 : endYearNumber;
  const start = isoFromParts(year, firstMonth, Number(startDay));
  return start && start <= end ? { start, end } : null;
}
