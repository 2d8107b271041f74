import { describe, expect, it } from 'vitest';
import { codesOf, itemsOf, parseFixture } from './fixture-letters';

/** Riverside: a fictional 2022+ letter with "◼" and "▪" bullets, "−" sub-bullets and an ICB principal. */
describe('parseFindingsLetter on a 2022+ letter (Riverside)', () => {
  const letter = parseFixture('riverside-2024.txt');

  it('reads the metadata, including an ordinal deadline with no year', () => {
    expect(letter.metadata).toEqual({
      area: 'Riverside',
      letterDate: '2024-05-16',
      inspection: { kind: 'themed', theme: 'serious youth violence' },
      fieldwork: { start: '2024-02-26', end: '2024-03-01' },
      principalAuthority: 'NHS Riverside Integrated Care Board',
      principalKind: 'integrated-care-board',
      printedDeadline: '2024-08-23',
      computedDeadline: '2024-08-23',
      deadlineMismatch: false,
    });
  });

  it('does not take narrative that mentions priority actions for the "no priority actions" statement', () => {
    expect(codesOf(letter)).toEqual([]);
  });

  it('keeps sub-bullets under their parent and skips the introduction to the priority actions', () => {
    expect(itemsOf(letter)).toEqual([
      {
        type: 'priority-action',
        text: 'Leaders of the safeguarding partnership should make sure that children at risk of serious youth violence are identified and protected:',
        subItems: [
          'Riverside Police should share intelligence about children at risk with the local authority within one working day.',
          'The local authority should hold a strategy discussion for every child who is seriously injured.',
        ],
        agencies: ['childrens-social-care', 'police', 'partnership'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'priority-action',
        text: 'NHS Riverside Integrated Care Board should ensure that the emergency department identifies and refers every child who attends with a knife injury.',
        subItems: [],
        agencies: ['health'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The quality of multi-agency plans for children who are exploited.',
        subItems: [],
        agencies: [],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The timeliness of return home interviews for children who go missing.',
        subItems: [],
        agencies: [],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The contribution of schools and academies to safety planning.',
        subItems: [],
        agencies: ['education'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'improvement',
        text: 'The quality of supervision for youth justice staff.',
        subItems: [],
        agencies: ['youth-justice'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'strength',
        text: 'The youth justice service knows its children well and builds trusted relationships with them.',
        subItems: [],
        agencies: ['youth-justice'],
        heading: null,
        confidence: 'high',
      },
      {
        type: 'strength',
        text: 'General practitioners share information promptly with the multiagency safeguarding hub (MASH).',
        subItems: [],
        agencies: ['childrens-social-care', 'health'],
        heading: null,
        confidence: 'high',
      },
    ]);
  });

  it('spans a parent and its sub-bullets together', () => {
    const [first] = letter.items;
    const highlighted = letter.text.slice(first?.span.start, first?.span.end);
    expect(highlighted.startsWith('Leaders of the safeguarding partnership')).toBe(true);
    expect(highlighted.endsWith('every child who is seriously injured.')).toBe(true);
  });

  it('treats Main findings and the practice study as narrative sections', () => {
    expect(letter.sections.map((s) => `${s.type}: ${s.heading}`)).toEqual([
      'other: Dear Riverside Safeguarding Children Partnership',
      'other: Joint targeted area inspection of Riverside',
      'other: Context',
      'other: Headline findings',
      'priority-action: Areas for priority action',
      'improvement: What needs to improve?',
      'strength: Strengths',
      'other: Main findings',
      'other: Practice study: highly effective practice',
      'other: Next steps',
      'other: Yours sincerely',
    ]);
  });
});

/** Eastbrook: a fictional front-door letter with no bullet glyphs and no priority actions. */
describe('parseFindingsLetter on a letter without bullet glyphs (Eastbrook)', () => {
  const letter = parseFixture('eastbrook-2022.txt');

  it('reads paragraphs separated by blank lines as items', () => {
    expect(itemsOf(letter)).toEqual([
      {
        type: 'improvement',
        text: 'The consistency of thresholds applied by the multi-agency safeguarding hub (MASH).',
        subItems: [],
        agencies: ['childrens-social-care'],
        heading: null,
        confidence: 'medium',
      },
      {
        type: 'improvement',
        text: 'The timeliness of police notifications to children’s social care when children are present at domestic abuse incidents.',
        subItems: [],
        agencies: ['childrens-social-care', 'police'],
        heading: null,
        confidence: 'medium',
      },
      {
        type: 'improvement',
        text: 'The involvement of general practitioners in strategy discussions.',
        subItems: [],
        agencies: ['health'],
        heading: null,
        confidence: 'medium',
      },
      {
        type: 'strength',
        text: 'Leaders of the partnership know their services well.',
        subItems: [],
        agencies: ['partnership'],
        heading: null,
        confidence: 'medium',
      },
      {
        type: 'strength',
        text: 'Schools value the advice line run by the local authority.',
        subItems: [],
        agencies: ['childrens-social-care', 'education'],
        heading: null,
        confidence: 'medium',
      },
    ]);
  });

  it('says there are no priority actions, and flags a printed deadline that differs from the computed one', () => {
    expect(codesOf(letter)).toEqual(['LETTER.NO_PRIORITY_ACTIONS', 'LETTER.DEADLINE_MISMATCH']);
    expect(letter.metadata).toMatchObject({
      area: 'Eastbrook',
      inspection: { kind: 'front-door', theme: 'multi-agency response to identification of initial need and risk' },
      principalAuthority: 'the chair of the Eastbrook Safeguarding Children Partnership',
      principalKind: 'safeguarding-partnership',
      printedDeadline: '2023-01-06',
      computedDeadline: '2023-01-05',
      deadlineMismatch: true,
    });
  });
});
