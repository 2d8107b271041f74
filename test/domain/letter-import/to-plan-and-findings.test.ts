import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENCIES } from '../../../src/domain/agency';
import { isoDate } from '../../../src/domain/dates';
import { planTitle } from '../../../src/domain/letter-import/plan-title';
import { toPlanAndFindings } from '../../../src/domain/letter-import/to-plan-and-findings';
import { DCS, IDS, draftWith, fid, item } from './draft-fixtures';

describe('turning a reviewed draft into a plan, findings and its admin', () => {
  const draft = draftWith([
    item(1, { type: 'priority-action', text: ' Act now. ', agencies: ['police'], heading: 'Police' }),
    item(2, { type: 'strength', subItems: ['− detail ', '  ', ''] }),
  ]);

  it('builds the plan from the details, with the default agencies, at the drafting stage', () => {
    const result = toPlanAndFindings(draft, IDS, DCS);
    expect(result.ok && result.value.plan).toEqual({
      id: IDS.plan,
      title: 'Cheshire East JTAI 2022: children and families who need help',
      area: 'Cheshire East',
      inspectionType: 'jtai',
      theme: 'children and families who need help',
      letterDate: isoDate('2022-09-26'),
      fieldwork: { start: isoDate('2022-07-11'), end: isoDate('2022-07-15') },
      principalAuthority: 'Cheshire East Council',
      printedDeadline: isoDate('2023-01-05'),
      agencies: DEFAULT_AGENCIES,
      stage: 'drafting',
      archived: false,
      foreword: '',
      monitoringArrangements: '',
    });
  });

  it('keeps the findings in the draft’s order, with the items’ ids', () => {
    const result = toPlanAndFindings(draft, IDS, DCS);
    expect(result.ok && result.value.findings).toEqual([
      {
        id: fid(1),
        planId: IDS.plan,
        type: 'priority-action',
        text: 'Act now.',
        subItems: [],
        heading: 'Police',
        agencies: ['police'],
        order: 0,
      },
      {
        id: fid(2),
        planId: IDS.plan,
        type: 'strength',
        text: 'Finding 2.',
        subItems: ['− detail'],
        heading: null,
        agencies: [],
        order: 1,
      },
    ]);
  });

  it('makes the person importing it the plan admin', () => {
    const result = toPlanAndFindings(draft, IDS, DCS);
    expect(result.ok && result.value.creator).toEqual({
      id: IDS.member,
      planId: IDS.plan,
      userId: DCS.id,
      displayName: DCS.displayName,
      email: DCS.email,
      jobTitle: DCS.jobTitle,
      role: 'plan-admin',
      agency: null,
    });
  });

  it('leaves out what was not given', () => {
    const bare = draftWith([item(1)], { fieldworkStart: '', fieldworkEnd: '', printedDeadline: '', theme: '' });
    const result = toPlanAndFindings(bare, IDS, DCS);
    expect(result.ok && result.value.plan).toMatchObject({
      fieldwork: null,
      printedDeadline: null,
      theme: '',
      title: 'Cheshire East JTAI 2022',
    });
  });

  it('returns the problems instead of a plan while something needs fixing', () => {
    const result = toPlanAndFindings(draftWith([item(1, { text: '' })], { area: '' }), IDS, DCS);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.error.fields)).toEqual(['area']);
  });
});

describe('the plan title', () => {
  it.each([
    [
      'Cheshire East',
      'jtai',
      '2022-09-26',
      'children and families who need help',
      'Cheshire East JTAI 2022: children and families who need help',
    ],
    ['Haringey', 'jtai', '2018-01-30', '', 'Haringey JTAI 2018'],
    ['Torbay', 'ilacs', null, '  ', 'Torbay ILACS'],
    ['Durham', 'other', '2018-11-23', 'neglect', 'Durham inspection 2018: neglect'],
  ] as const)('%s %s %s %s → %s', (area, type, date, theme, expected) => {
    expect(planTitle(area, type, date ? isoDate(date) : null, theme)).toBe(expected);
  });

  it('cuts a title to fit SharePoint’s 255 characters', () => {
    const title = planTitle('Area', 'jtai', null, 'word '.repeat(80));
    expect(title).toHaveLength(255);
    expect(title.endsWith('…')).toBe(true);
  });
});
