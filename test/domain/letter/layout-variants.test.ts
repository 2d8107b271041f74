import { describe, expect, it } from 'vitest';
import { parseFindingsLetter } from '../../../src/domain/letter/parse-letter';

const letter = (...lines: string[]) => parseFindingsLetter(lines.join('\n'));
const summary = (text: string) =>
  parseFindingsLetter(text).items.map((i) => `${i.type}: ${i.text}${i.subItems.map((s) => ` [${s}]`).join('')}`);
const codes = (text: string) => parseFindingsLetter(text).warnings.map((w) => w.code);

describe('bullet glyphs', () => {
  it('reads "•" bullets with Word "o" sub-bullets', () => {
    const text = [
      'Areas for improvement',
      '• Partners should improve:',
      'o Police attendance at strategy meetings.',
      'o Health attendance.',
      '• Audits are rare.',
    ].join('\n');
    expect(summary(text)).toEqual([
      'improvement: Partners should improve: [Police attendance at strategy meetings.] [Health attendance.]',
      'improvement: Audits are rare.',
    ]);
  });

  it('takes an en dash before a capital as a sub-bullet, but not a wrapped aside', () => {
    const text = [
      'What needs to improve?',
      '▪ Leaders should act on two things:',
      '– The timeliness of referrals.',
      '▪ The quality of audits across the partnership',
      '– particularly health audits – is weak.',
    ].join('\n');
    expect(summary(text)).toEqual([
      'improvement: Leaders should act on two things: [The timeliness of referrals.]',
      'improvement: The quality of audits across the partnership – particularly health audits – is weak.',
    ]);
  });

  it('reads a list that uses only dashes as first-level items', () => {
    expect(summary('Strengths\n– Schools know their children.\n– GPs refer promptly.')).toEqual([
      'strength: Schools know their children.',
      'strength: GPs refer promptly.',
    ]);
  });

  it('joins a glyph alone on its line to the text after it, across blank lines, so no item is only a glyph', () => {
    const text = [
      'Areas for improvement',
      '\uF06E',
      '',
      'The quality of referrals from health visitors.',
      '\uF06E',
      '',
      'Police attendance at strategy meetings.',
      '•',
      'Audits are rare.',
      '\uF06E',
    ].join('\n');
    expect(summary(text)).toEqual([
      'improvement: The quality of referrals from health visitors.',
      'improvement: Police attendance at strategy meetings.',
      'improvement: Audits are rare.',
    ]);
  });

  it('accepts any private-use glyph as a bullet', () => {
    expect(summary('Key strengths\n\uF0B7 Schools know their children.\n\uF0A7 GPs refer promptly.')).toEqual([
      'strength: Schools know their children.',
      'strength: GPs refer promptly.',
    ]);
  });
});

describe('heading variants', () => {
  it.each([
    ['Area for priority action', 'priority-action'],
    ['Areas for priority actions', 'priority-action'],
    ['1. Areas for priority action', 'priority-action'],
    ['Areas for Improvement:', 'improvement'],
    ['What needs to improve', 'improvement'],
    ['Key Strengths', 'strength'],
    ['Strengths', 'strength'],
  ])('reads "%s" as a %s heading', (heading, type) => {
    expect(parseFindingsLetter(`${heading}\n◼ An item.`).items.map((i) => i.type)).toEqual([type]);
  });

  it('never reads a case or practice study as findings, and lets the next heading end it', () => {
    const text = [
      'Practice study: area for priority action',
      'Sam waited too long.',
      '◼ Not a finding.',
      'Areas for improvement',
      '◼ A finding.',
    ].join('\n');
    expect(summary(text)).toEqual(['improvement: A finding.']);
  });
});

describe('sub-headings and unlisted headings', () => {
  it('records a sub-heading on the items beneath it', () => {
    const items = letter(
      'Areas for improvement',
      'Health',
      '◼ GPs do not attend.',
      'Police',
      '◼ Officers do not record.',
    ).items;
    expect(items.map((i) => [i.heading, i.text])).toEqual([
      ['Health', 'GPs do not attend.'],
      ['Police', 'Officers do not record.'],
    ]);
  });

  it('accepts a short sub-heading ending in a colon, but not a sentence introducing the list', () => {
    const parsed = letter(
      'Areas for improvement',
      'Action is needed in these areas:',
      'Health:',
      '◼ GPs do not attend.',
      'Police:',
      '◼ Audits.',
    );
    expect(parsed.items.map((i) => [i.heading, i.text])).toEqual([
      ['Health', 'GPs do not attend.'],
      ['Police', 'Audits.'],
    ]);
  });

  it('closes the list at a heading followed by prose and no more bullets', () => {
    const parsed = letter(
      'Strengths',
      '◼ Schools know their children.',
      'Learning from reviews',
      'The partnership reviews cases well. It learns from them.',
    );
    expect(parsed.items.map((i) => i.text)).toEqual(['Schools know their children.']);
    expect(parsed.sections.map((s) => `${s.type}: ${s.heading}`)).toEqual([
      'strength: Strengths',
      'other: Learning from reviews',
    ]);
  });

  it('joins a bullet’s continuation lines, including one that starts a new sentence', () => {
    const items = letter(
      'Areas for improvement',
      '◼ Information is not shared with the right',
      'agency. This means that risks are missed.',
      'Information relating to adults is not passed',
      'on.',
      '◼ Next item.',
    ).items;
    expect(items.map((i) => i.text)).toEqual([
      'Information is not shared with the right agency. This means that risks are missed. Information relating to adults is not passed on.',
      'Next item.',
    ]);
  });
});

describe('lists without glyphs', () => {
  it('splits on short lines ending a sentence when there are no blank lines, with low confidence', () => {
    const text = [
      'Areas for improvement',
      'Partners do not share the minutes of strategy meetings with one another in a timely',
      'way, so decisions are made without them.',
      'The quality of referrals from schools to the front door varies a great deal between',
      'schools and across the year.',
    ].join('\n');
    const parsed = parseFindingsLetter(text);
    expect(parsed.items.map((i) => [i.text, i.confidence])).toEqual([
      [
        'Partners do not share the minutes of strategy meetings with one another in a timely way, so decisions are made without them.',
        'low',
      ],
      [
        'The quality of referrals from schools to the front door varies a great deal between schools and across the year.',
        'low',
      ],
    ]);
    expect(codes(text)).toContain('LETTER.LOW_CONFIDENCE');
  });

  it('keeps a finding that starts "There is no…"', () => {
    const text = [
      'Areas for improvement',
      'There is no triage process in the MASH.',
      '',
      'There are no written agreements with schools.',
    ].join('\n');
    expect(summary(text)).toEqual([
      'improvement: There is no triage process in the MASH.',
      'improvement: There are no written agreements with schools.',
    ]);
  });

  it('skips an introduction that ends in a colon', () => {
    const text = [
      'Area for priority action',
      'Action is needed in these areas:',
      '',
      'Leaders should act.',
      '',
      'Police should act.',
    ].join('\n');
    expect(summary(text)).toEqual(['priority-action: Leaders should act.', 'priority-action: Police should act.']);
  });
});

describe('warnings', () => {
  it('says so when there are no findings, no date, no deadline and no principal', () => {
    expect(codes('Minutes of the board meeting.\nNothing else.')).toEqual([
      'LETTER.NO_SECTIONS',
      'LETTER.NO_DATE',
      'LETTER.NO_DEADLINE',
      'LETTER.NO_PRINCIPAL',
    ]);
  });

  it('records "There are no areas for priority action" without treating it as an empty section', () => {
    const text =
      '1 March 2023\nArea for priority action\nThere are no areas for priority action.\nWhat needs to improve?\n◼ Audits.';
    const parsed = parseFindingsLetter(text);
    expect(parsed.items.map((i) => i.type)).toEqual(['improvement']);
    expect(parsed.warnings.map((w) => w.code)).toContain('LETTER.NO_PRIORITY_ACTIONS');
    expect(parsed.warnings.map((w) => w.code)).not.toContain('LETTER.EMPTY_SECTION');
  });

  it('flags a findings heading with nothing under it', () => {
    expect(codes('Strengths\nMain findings\nPartners work well.')).toContain('LETTER.EMPTY_SECTION');
  });
});
