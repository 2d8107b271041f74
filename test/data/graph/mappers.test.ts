import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENCIES } from '../../../src/domain/agency';
import type { PlanId } from '../../../src/domain/ids';
import { LISTS, type ListKey } from '../../../src/data/sharepoint/list-schema';
import { actionFromFields, actionToFields } from '../../../src/data/graph/mappers/action.mapper';
import { findingFromFields, findingToFields } from '../../../src/data/graph/mappers/finding.mapper';
import { memberFromFields, memberToFields } from '../../../src/data/graph/mappers/member.mapper';
import { planFromFields, planToFields } from '../../../src/data/graph/mappers/plan.mapper';
import {
  progressUpdateFromFields,
  progressUpdateToFields,
} from '../../../src/data/graph/mappers/progress-update.mapper';
import type { FieldValues } from '../../../src/data/graph/list-item';
import { StoreError } from '../../../src/data/store-error';
import { aFinding, aMember, anAction, anUpdate, aPlan } from '../support/fixtures';

const planId = 'plan-mapper' as PlanId;

/** Every column written must exist in the list, or SharePoint refuses the item. */
function expectOnlySchemaColumns(list: ListKey, fields: FieldValues): void {
  const known = new Set(['Title', ...LISTS[list].columns.map((c) => c.name)]);
  expect(Object.keys(fields).filter((name) => !known.has(name))).toEqual([]);
}

describe('entity mappers', () => {
  it('round-trips a plan, with and without its optional dates', () => {
    for (const plan of [aPlan(), aPlan({ letterDate: null, fieldwork: null, printedDeadline: null, archived: true })]) {
      expectOnlySchemaColumns('plans', planToFields(plan));
      expect(planFromFields(planToFields(plan))).toEqual(plan);
    }
  });

  it('round-trips the statement’s texts in their own columns, and reads a plan stored before them as unwritten', () => {
    const plan = aPlan({
      foreword: 'This is the statement of the “Haringey” partnership.\n\nOur priorities are:\n- Voice of the child',
      monitoringArrangements: 'A monthly board <chaired by the DCS> & reporting quarterly.',
    });
    const fields = planToFields(plan);
    expectOnlySchemaColumns('plans', fields);
    expect(fields).toMatchObject({ Foreword: plan.foreword, MonitoringArrangements: plan.monitoringArrangements });
    expect(planFromFields(fields)).toEqual(plan);
    const { Foreword: _f, MonitoringArrangements: _m, ...older } = fields;
    expect(planFromFields(older)).toMatchObject({ foreword: '', monitoringArrangements: '' });
  });

  it('round-trips findings, actions, members and updates', () => {
    const finding = aFinding(planId, 3, { heading: null, text: 'Quotes \' and "double" survive' });
    const action = anAction(planId, finding.id, 2, {
      leadOfficer: null,
      startDate: null,
      updatedAt: null,
      updatedBy: null,
    });
    const member = aMember(planId, 'u-police-owner');
    const update = anUpdate(planId, action.id, 'u-health-owner', { status: null });
    expect(findingFromFields(findingToFields(finding))).toEqual(finding);
    expect(actionFromFields(actionToFields(action))).toEqual(action);
    expect(memberFromFields(memberToFields(member))).toEqual(member);
    expect(progressUpdateFromFields(progressUpdateToFields(update, 'health'))).toEqual(update);
  });

  it('writes only columns the lists have', () => {
    const finding = aFinding(planId, 0);
    expectOnlySchemaColumns('findings', findingToFields(finding));
    expectOnlySchemaColumns('actions', actionToFields(anAction(planId, finding.id, 0)));
    expectOnlySchemaColumns('members', memberToFields(aMember(planId, 'u-dcs')));
    expectOnlySchemaColumns('updates', progressUpdateToFields(anUpdate(planId, 'act-1' as never, 'u-dcs'), 'police'));
  });
});

describe('loading damaged items', () => {
  it('still shows an action whose JSON lists and status were mangled by hand, with safe defaults', () => {
    const stored = {
      ...actionToFields(anAction(planId, 'fnd-1' as never, 4)),
      MilestonesJson: '{not json',
      EvidenceJson: '[{"title":1}]',
      Status: 'amber-ish',
      SortOrder: 'n/a',
    };
    const action = actionFromFields(stored);
    expect(action.title).toBe('Action 5: hold a daily multi-agency meeting');
    expect(action.milestones).toEqual([]);
    expect(action.evidence).toEqual([]);
    expect(action.status).toBe('not-started');
    expect(action.order).toBeGreaterThan(1_000_000);
  });

  it('gives a plan with unreadable agencies the default agencies, and an unknown stage the first one', () => {
    const plan = planFromFields({
      ...planToFields(aPlan()),
      AgenciesJson: 'police,health',
      Stage: 'cabinet',
      InspectionType: 'ofsted',
    });
    expect(plan.agencies).toEqual(DEFAULT_AGENCIES);
    expect(plan.stage).toBe('drafting');
    expect(plan.inspectionType).toBe('other');
  });

  it('reads a JSON list that is not a list as its default, as one mangled cell must not hide the plan', () => {
    const plan = planFromFields({ ...planToFields(aPlan()), AgenciesJson: '{"police":true}' });
    expect(plan.agencies.length).toBeGreaterThan(0);
  });

  it('refuses rich text (HTML) in a JSON column, saying a site owner should set the site up', () => {
    const finding = findingToFields(aFinding(planId, 0));
    const html = `<div class="ExternalClass0A1B2C3D4E5F60718293A4B5C6D7E8F9">&#91;&quot;a&quot;&#93;</div>`;
    let error: unknown;
    try {
      findingFromFields({ ...finding, SubItemsJson: html });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: 'server', details: { code: 'unreadableColumn' } });
    expect((error as Error).message).toBe(
      'The column “SubItemsJson” of the list “JTAI Findings” holds rich text (HTML) instead of the plain text ' +
        'the app writes, so it cannot be read. A site owner should run “Set up this site” to switch the column ' +
        'back to plain text.',
    );
  });

  it('treats a member with an unknown role as a reader', () => {
    expect(memberFromFields({ ...memberToFields(aMember(planId, 'u-dcs')), Role: 'superuser' }).role).toBe('reader');
  });

  it('reads fields SharePoint left out (empty values) as empty or absent', () => {
    const finding = findingFromFields({ Title: 'fnd-x', PlanId: planId });
    expect(finding).toMatchObject({
      id: 'fnd-x',
      text: '',
      subItems: [],
      heading: null,
      agencies: [],
      type: 'improvement',
    });
  });
});
