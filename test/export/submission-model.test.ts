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

  it('lists partnership members by role, in the role order, without readers', () => {
    const roles = model.cover.members.map((g) => g.roleLabel);
    expect(roles[0]).toBe('Plan admin (DCS)');
    expect(roles).toContain('Lead Member');
    expect(roles).not.toContain('Reader');
    const partners = model.cover.members.find((g) => g.role === 'safeguarding-partner');
    expect(partners?.people.map((p) => p.name)).toEqual(['Catherine Ellis', 'Ian Fletcher', 'Nadia Rahman']);
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

  it('counts actions by lead agency and status', () => {
    const police = model.summary.rows.find((r) => r.agencyKey === 'police');
    expect(police?.counts['at-risk']).toBe(1);
    expect(police?.total).toBe(1);
    expect(model.summary.rows.map((r) => r.agencyKey)).toContain('youth-justice');
    expect(model.summary.totals.total).toBe(7);
    expect(model.summary.totals.counts).toEqual({
      'not-started': 2,
      'on-track': 3,
      'at-risk': 1,
      'off-track': 1,
      complete: 0,
    });
  });

  it('orders the governance record by when each sign-off was given', () => {
    expect(model.governance.map((g) => [g.name, g.roleLabel, g.date])).toEqual([
      ['Cllr Grace Adeyemi', 'Lead Member', '8 May 2018'],
      ['Robert Lang', 'Chief Executive', '9 May 2018'],
    ]);
  });

  it('keeps an action whose finding is missing rather than dropping it', () => {
    const snapshot = haringeySnapshot();
    const stray = { ...snapshot.actions[0]!, findingId: 'fnd-gone' as FindingId };
    const withStray = buildSubmissionModel({ ...snapshot, actions: [stray] }, options());
    expect(withStray.unlinkedActions.map((a) => a.id)).toEqual([stray.id]);
    expect(withStray.actions).toHaveLength(1);
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
