import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain/dates';
import type { FindingId } from '../../src/domain/ids';
import { timescale } from '../../src/export/submission-action-row';
import { buildSubmissionModel } from '../../src/export/submission-model';
import { haringeySnapshot, options, SPECIAL_TEXT } from './support/snapshots';

const d = (s: string) => s as IsoDate;

describe('buildSubmissionModel', () => {
  const model = buildSubmissionModel(haringeySnapshot(), options());

  it('gives the cover facts from the plan, with the printed deadline', () => {
    expect(model.cover).toMatchObject({
      area: 'Haringey',
      inspectionType: 'Joint targeted area inspection',
      inspectionAbbreviation: 'JTAI',
      theme: 'abuse and neglect',
      letterDate: '30 January 2018',
      fieldwork: '4 December 2017 to 8 December 2017',
      deadline: { date: '2018-05-11', text: '11 May 2018', source: 'printed' },
    });
  });

  it('computes the deadline when the letter prints none', () => {
    const snapshot = haringeySnapshot();
    const computed = buildSubmissionModel(
      { ...snapshot, plan: { ...snapshot.plan, printedDeadline: null } },
      options(),
    );
    expect(computed.cover.deadline).toEqual({ date: '2018-05-11', text: '11 May 2018', source: 'computed' });
  });

  it('keeps the letter order, priority action first, with the finding verbatim', () => {
    expect(model.sections[0]?.finding).toMatchObject({
      type: 'priority-action',
      number: 1,
      reference: 'Area for priority action 1',
      text: SPECIAL_TEXT,
      heading: 'Health',
    });
    expect(model.sections.slice(1).map((s) => s.finding.reference)).toEqual(
      Array.from({ length: 31 }, (_, i) => `Area for improvement ${i + 1}`),
    );
    expect(model.sections[1]?.finding.text).toBe('Joint partnership decision making in the MASH');
  });

  it('puts each action under its finding, with names, timescale and status in words', () => {
    const mash = model.sections[1];
    expect(mash?.actions.map((a) => a.id)).toEqual(['act-haringey-01', 'act-haringey-02']);
    expect(mash?.actions[1]).toMatchObject({
      leadAgency: 'Police',
      leadOfficer: 'Sarah Mitchell',
      timescale: '12/02/2018 – 31/05/2018',
      statusText: 'At risk (Amber)',
      statusReason: expect.stringContaining('Recruitment'),
    });
    expect(model.sections[0]?.actions[0]).toMatchObject({
      contributingAgencies: ['Police', "Children's social care (local authority)"],
      updatedBy: 'Fiona Gallagher',
    });
  });

  it('lists strengths after, without actions', () => {
    expect(model.strengths.map((s) => s.text)).toEqual(['Schools value the advice line.']);
    expect(model.sections.some((s) => s.finding.type === 'strength')).toBe(false);
  });

  it('keeps an action whose finding is missing rather than dropping it', () => {
    const snapshot = haringeySnapshot();
    const stray = { ...snapshot.actions[0]!, findingId: 'fnd-gone' as FindingId };
    const withStray = buildSubmissionModel({ ...snapshot, actions: [stray] }, options());
    expect(withStray.unlinkedActions.map((a) => a.id)).toEqual([stray.id]);
    expect(withStray.actions).toHaveLength(1);
  });
});

describe('buildSubmissionModel: the statement', () => {
  const { statement } = buildSubmissionModel(haringeySnapshot(), options());

  it('heads each area with its reference and short title, and codes its actions by it', () => {
    expect(statement.priorityAreas.map((a) => [a.heading, a.code])).toEqual([
      [`Area for priority action 1: ${SPECIAL_TEXT}`, 'PA1'],
    ]);
    expect(statement.improvementAreas[4]).toMatchObject({
      heading: 'Area for improvement 5: Voice of the child',
      code: 'AFI5',
    });
  });

  it('summarises the findings by short title, and the strengths verbatim', () => {
    expect(statement.summary.priority).toEqual([SPECIAL_TEXT]);
    expect(statement.summary.improvement).toHaveLength(31);
    expect(statement.summary.strengths).toEqual(['Schools value the advice line.']);
  });

  it('names the partnership and its statutory partners from the plan', () => {
    expect(statement.cover).toMatchObject({
      partnership: 'Haringey safeguarding partnership',
      statutoryPartners: ["Children's social care (local authority)", 'Police', 'Health (ICB and NHS trusts)'],
      status: 'Draft for approval',
    });
    expect(statement.cover.contentReference).toMatch(/^[0-9a-f]{12}$/);
  });

  it('lists contacts by agency, lead officers before quality assurance, leaving out agencies with nobody', () => {
    const titles = statement.contacts.map((g) => g.title);
    expect(titles).not.toContain('Youth justice service');
    const csc = statement.contacts.find((g) => g.title === "Children's social care (local authority)");
    expect(csc?.contacts.map((c) => [c.name, c.responsibility])).toEqual([
      ['Priya Shah', 'Lead officer'],
      ['Daniel Brooks', 'Quality assurance'],
    ]);
  });
});

describe('timescale', () => {
  it.each([
    [d('2018-02-12'), d('2018-06-29'), '12/02/2018 – 29/06/2018'],
    [null, d('2018-06-29'), 'By 29/06/2018'],
    [d('2018-02-12'), null, 'From 12/02/2018, no target date'],
    [null, null, 'Not set'],
  ])('%s to %s reads "%s"', (start, target, text) => {
    expect(timescale(start, target)).toBe(text);
  });
});
