import { describe, expect, it } from 'vitest';
import { codesOf, itemsOf, parseFixture } from './fixture-letters';

/** Northmoor: a fictional 2016–2020 letter with private-use bullets, footnotes and agency sub-headings. */
describe('parseFindingsLetter on a 2016–2020 letter (Northmoor)', () => {
  const letter = parseFixture('northmoor-2018.txt');

  it('reads the metadata, including a two-digit year in the deadline', () => {
    expect(letter.metadata).toEqual({
      area: 'Northmoor',
      letterDate: '2018-08-24',
      inspection: { kind: 'jtai-2016-2020', theme: 'child sexual exploitation' },
      fieldwork: { start: '2018-07-02', end: '2018-07-06' },
      principalAuthority: 'The director of children’s services',
      principalKind: 'director-of-childrens-services',
      printedDeadline: '2018-12-03',
      computedDeadline: '2018-12-03',
      deadlineMismatch: false,
    });
    expect(codesOf(letter)).toEqual([]);
  });

  it('finds every item, joins a bullet across a page break and drops the footnote inside it', () => {
    expect(itemsOf(letter)).toEqual([
      {
        type: 'priority-action',
        text: 'Strategy discussions are not held promptly when children are at risk of exploitation. Police and children’s social care do not always share what they know before decisions are made, so some children are left at risk for too long.',
        subItems: [],
        agencies: ['childrens-social-care', 'police'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'priority-action',
        text: 'Return home interviews are not offered to every child who goes missing, and the information from those that are completed is not shared with the MASH or used to plan. Leaders do not know how many children are affected, and the pattern of missing episodes is not analysed across the partnership.',
        subItems: [],
        agencies: ['childrens-social-care', 'partnership'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'strength',
        text: 'The LSCB has a well-established exploitation sub-group that holds partners to account and has commissioned useful multi-agency training.',
        subItems: [],
        agencies: ['partnership'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'strength',
        text: 'Northmoor Constabulary has invested in a dedicated exploitation team, and officers build trusting relationships with children.',
        subItems: [],
        agencies: ['police'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'strength',
        text: 'School nurses and health visitors identify risks early and refer appropriately to the MASH.',
        subItems: [],
        agencies: ['childrens-social-care', 'health'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The police do not consistently record the voice of the child when attending incidents, and risk assessments focus on adults.',
        subItems: [],
        agencies: ['police'],
        heading: 'Police',
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'Police referrals to the MASH are delayed at weekends.',
        subItems: [],
        agencies: ['childrens-social-care', 'police'],
        heading: 'Police',
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The Northmoor Hospitals NHS Foundation Trust emergency department does not routinely ask children about exploitation, and its multi-agency referrals lack detail.',
        subItems: [],
        agencies: ['health'],
        heading: 'Health',
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'GPs are not invited to strategy discussions and cannot contribute what they know.',
        subItems: [],
        agencies: ['health'],
        heading: 'Health',
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'Social workers’ caseloads are too high, and multiagency plans are not reviewed often enough.',
        subItems: [],
        agencies: ['childrens-social-care'],
        heading: 'Children’s social care',
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The local authority’s early help offer is not understood by partners.',
        subItems: [],
        agencies: ['childrens-social-care', 'partnership'],
        heading: 'Children’s social care',
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The Community Rehabilitation Company (CRC) and the youth offending service do not share risk information with schools.',
        subItems: [],
        agencies: ['education', 'probation', 'youth-justice'],
        heading: 'Probation and youth offending',
        confidence: 'high',
      },
    ]);
  });

  it('keeps case-study narrative out of the items, even where it opens with a heading’s words', () => {
    expect(letter.items.some((i) => /discussed with the family|Kai, aged 15/.test(i.text))).toBe(false);
    expect(letter.sections.map((s) => [s.type, s.heading])).toEqual([
      ['other', 'Dear local partnership'],
      [
        'other',
        'Joint targeted area inspection of the multi-agency response to child sexual exploitation in Northmoor',
      ],
      ['priority-action', 'Areas for priority actions'],
      ['strength', 'Key Strengths'],
      ['other', 'Case Study: highly effective practice'],
      ['improvement', 'Areas for improvement'],
      ['other', 'Case study: area(s) for improvement'],
      ['other', 'Next steps'],
      ['other', 'Yours sincerely'],
    ]);
  });

  it('removes page numbers, footnotes and their markers from the normalised text', () => {
    expect(letter.text).not.toMatch(
      /\f|Northmoor1|MASH2|agencies\.3|This joint inspection was conducted|The multi-agency safeguarding hub\./,
    );
    expect(letter.text).not.toMatch(/^\d+$/m);
    expect(letter.text).toContain('in Northmoor. This inspection included');
  });

  it('gives spans that point at each item in the normalised text', () => {
    for (const item of letter.items) expect(letter.text.slice(item.span.start, item.span.end)).toBe(item.text);
    for (const section of letter.sections)
      expect(letter.text.slice(section.start).startsWith(section.heading)).toBe(true);
  });
});
