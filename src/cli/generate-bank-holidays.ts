/**
 * Writes src/domain/calendar/bank-holidays.data.ts: England & Wales bank holidays 2016–2030.
 *
 *   node --import tsx src/cli/generate-bank-holidays.ts [--generated=YYYY-MM-DD]
 *
 * The app never calls date-holidays at run time: this script turns its rules into committed data,
 * corrects them towards the gov.uk feed, and refuses to write anything that fails the checks below.
 * The generation date is an argument (not the clock) so that re-running gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

const FIRST_YEAR = 2016;
const LAST_YEAR = 2030;
const DEFAULT_GENERATED_ON = '2026-11-23';
const OUT_FILE = join(dirname(fileURLToPath(import.meta.url)), '../domain/calendar/bank-holidays.data.ts');

interface Entry {
  date: string;
  title: string;
}

/** Days moved away by proclamation: the rule-based date must not be a holiday. */
const MOVED_AWAY: readonly string[] = ['2020-05-04', '2022-05-30'];

/** One-off days, titled as gov.uk titles them. They win over whatever date-holidays says. */
const ONE_OFF_DAYS: readonly Entry[] = [
  { date: '2020-05-08', title: 'Early May bank holiday (VE day)' },
  { date: '2022-06-02', title: 'Spring bank holiday' },
  { date: '2022-06-03', title: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', title: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', title: 'Bank holiday for the coronation of King Charles III' },
];

/** Days that weekends push Christmas and New Year onto, checked by hand against the gov.uk feed. */
const WEEKEND_SHIFTED_DAYS: readonly string[] = [
  '2016-12-27',
  '2017-01-02',
  '2020-12-28',
  '2021-12-27',
  '2021-12-28',
  '2022-01-03',
  '2022-12-26',
  '2022-12-27',
  '2023-01-02',
  '2026-12-28',
  '2027-12-27',
  '2027-12-28',
  '2028-01-03',
];

/** gov.uk lists eight a year, plus the one-offs. */
const EXPECTED_PER_YEAR: Readonly<Record<number, number>> = { 2022: 10, 2023: 9 };

const dayOfWeek = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

function fromDateHolidays(): Entry[] {
  const hd = new Holidays('GB', 'ENG', { languages: 'en', timezone: 'Europe/London' });
  const entries: Entry[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const h of hd.getHolidays(year)) {
      if (h.type === 'public') entries.push({ date: h.date.slice(0, 10), title: h.name });
    }
  }
  return entries;
}

/**
 * gov.uk lists only the day a bank holiday is taken, so a Christmas Day or New Year's Day that falls
 * at a weekend is left out (its substitute day carries it). Logs every change so that it can be reviewed.
 */
function correct(raw: readonly Entry[]): Entry[] {
  const byDate = new Map<string, Entry>();
  for (const e of raw) {
    if (isWeekend(e.date)) console.log(`dropped weekend day   ${e.date} ${e.title}`);
    else if (MOVED_AWAY.includes(e.date)) console.log(`dropped moved day     ${e.date} ${e.title}`);
    else byDate.set(e.date, e);
  }
  for (const e of ONE_OFF_DAYS) {
    const had = byDate.get(e.date);
    if (!had) console.log(`added one-off day     ${e.date} ${e.title}`);
    else if (had.title !== e.title) console.log(`retitled one-off day  ${e.date} ${had.title} -> ${e.title}`);
    byDate.set(e.date, e);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Easter Sunday by the anonymous Gregorian algorithm, to check date-holidays' Easter independently. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const shift = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Returns the problems found; an empty list means the data may be written. */
function check(entries: readonly Entry[]): string[] {
  const dates = new Set(entries.map((e) => e.date));
  const problems: string[] = [];
  const need = (date: string, why: string) => dates.has(date) || problems.push(`missing ${date} (${why})`);
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const easter = easterSunday(year);
    need(shift(easter, -2), 'Good Friday');
    need(shift(easter, 1), 'Easter Monday');
    const christmas = `${year}-12-25`;
    if (!isWeekend(christmas)) need(christmas, 'Christmas Day');
    const count = entries.filter((e) => e.date.startsWith(`${year}-`)).length;
    const expected = EXPECTED_PER_YEAR[year] ?? 8;
    if (count !== expected) problems.push(`${year} has ${count} bank holidays, expected ${expected}`);
  }
  for (const date of WEEKEND_SHIFTED_DAYS) need(date, 'Christmas or New Year moved by a weekend');
  for (const e of ONE_OFF_DAYS) need(e.date, e.title);
  for (const date of MOVED_AWAY) if (dates.has(date)) problems.push(`${date} must not be a holiday (moved)`);
  for (const e of entries) if (isWeekend(e.date)) problems.push(`${e.date} is a weekend`);
  return problems;
}

/** Quotes as prettier (singleQuote) would, so that formatting the file changes nothing. */
const quote = (s: string): string =>
  s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function render(entries: readonly Entry[], generatedOn: string): string {
  const source =
    `date-holidays ${dateHolidaysVersion()} (GB, ENG; public holidays, substitute days on their substitute date), ` +
    `corrected to the gov.uk bank-holidays feed for the one-off days; generated ${generatedOn}`;
  return [
    '// Generated by src/cli/generate-bank-holidays.ts (npm run gen:holidays). Do not edit by hand.',
    '',
    '/** A bank holiday in England & Wales, on the day it is taken (weekend days are never listed). */',
    'export interface BankHoliday {',
    '  readonly date: string;',
    '  readonly title: string;',
    '}',
    '',
    `export const BANK_HOLIDAYS_SOURCE = ${quote(source)};`,
    '',
    '/** The data is complete for these dates and no others. */',
    `export const BANK_HOLIDAYS_COVERED = { from: '${FIRST_YEAR}-01-01', to: '${LAST_YEAR}-12-31' } as const;`,
    '',
    'export const BANK_HOLIDAYS: readonly BankHoliday[] = [',
    ...entries.map((e) => `  { date: '${e.date}', title: ${quote(e.title)} },`),
    '];',
    '',
  ].join('\n');
}

function dateHolidaysVersion(): string {
  const pkgUrl = new URL(import.meta.resolve('date-holidays/package.json'));
  return (JSON.parse(readFileSync(pkgUrl, 'utf8')) as { version: string }).version;
}

function generatedOnArg(argv: readonly string[]): string {
  const arg = argv.find((a) => a.startsWith('--generated='));
  const value = arg ? arg.slice('--generated='.length) : DEFAULT_GENERATED_ON;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--generated must be YYYY-MM-DD, not ${value}`);
  return value;
}

function main(): void {
  const entries = correct(fromDateHolidays());
  const problems = check(entries);
  if (problems.length > 0) {
    console.error(`Not written; the data fails its checks:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  writeFileSync(OUT_FILE, render(entries, generatedOnArg(process.argv.slice(2))));
  console.log(`wrote ${entries.length} bank holidays to ${OUT_FILE}`);
}

main();
