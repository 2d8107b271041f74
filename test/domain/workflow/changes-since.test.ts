import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import type { FindingId } from '../../../src/domain/ids';
import { canonicalContentForAgency } from '../../../src/domain/workflow/canonical-content';
import {
  changesBetweenSnapshots,
  changesSince,
  describeChangeCounts,
  summariseChanges,
} from '../../../src/domain/workflow/changes-since';
import { CONTENT, aFinding, actionOf, withAction } from './workflow-fixtures';

describe('what changed since you signed', () => {
  it('is empty when nothing signed changed, even if progress moved on', () => {
    const progressed = withAction(CONTENT, 'act-1', {
      status: 'complete',
      evidence: [{ title: 'Audit', url: 'https://x.test' }],
    });
    const changes = changesBetweenSnapshots(CONTENT, progressed);
    expect(changes.unchanged).toBe(true);
    expect(describeChangeCounts(summariseChanges(changes))).toBe('no signed content changed');
  });

  it('lists changed action fields with the values before and after', () => {
    const edited = withAction(CONTENT, 'act-1', {
      title: 'Twice-daily MASH meeting',
      targetDate: isoDate('2026-09-30'),
      status: 'at-risk',
      statusReason: 'Rota gaps',
    });
    const changes = changesBetweenSnapshots(CONTENT, edited);
    expect(changes.unchanged).toBe(false);
    expect(changes.actions.changed).toHaveLength(1);
    const [change] = changes.actions.changed;
    expect(change?.id).toBe('act-1');
    expect(change?.fields).toEqual(['title', 'targetDate']);
    expect(change?.before.title).toBe('Daily multi-agency MASH meeting');
    expect(change?.after.title).toBe('Twice-daily MASH meeting');
  });

  it('lists actions and findings added and removed, and findings whose words changed', () => {
    const after = {
      ...CONTENT,
      findings: [
        { ...CONTENT.findings[0]!, text: 'Corrected wording.', subItems: ['a sub-bullet'] },
        aFinding({ id: 'fnd-3' as FindingId, text: 'A finding missed at import.', order: 2 }),
      ],
      actions: [...CONTENT.actions.filter((a) => a.id !== 'act-3'), actionOf('act-4', 'education')],
    };
    const changes = changesBetweenSnapshots(CONTENT, after);
    expect(changes.findings.added.map((f) => f.id)).toEqual(['fnd-3']);
    expect(changes.findings.removed.map((f) => f.id)).toEqual(['fnd-2']);
    expect(changes.findings.changed).toEqual([expect.objectContaining({ id: 'fnd-1', fields: ['text', 'subItems'] })]);
    expect(changes.actions.added.map((a) => a.id)).toEqual(['act-4']);
    expect(changes.actions.removed.map((a) => a.id)).toEqual(['act-3']);
    expect(describeChangeCounts(summariseChanges(changes))).toBe(
      '1 finding added, 1 finding removed, 1 finding changed, 1 action added, 1 action removed',
    );
  });

  it('counts in the plural where more than one item changed', () => {
    const changes = changesBetweenSnapshots(CONTENT, { ...CONTENT, actions: CONTENT.actions.slice(0, 1) });
    expect(changes.actions.removed.length).toBeGreaterThan(1);
    expect(describeChangeCounts(summariseChanges(changes))).toBe(`${changes.actions.removed.length} actions removed`);
  });

  it('names changed plan details', () => {
    const after = { ...CONTENT, plan: { ...CONTENT.plan, printedDeadline: isoDate('2018-05-14') } };
    expect(changesBetweenSnapshots(CONTENT, after).planFields).toEqual(['printedDeadline']);
  });

  it('compares an agency’s signed actions with its actions now', () => {
    const after = withAction(CONTENT, 'act-1', { measuredBy: 'Monthly audit' });
    const changes = changesSince(
      canonicalContentForAgency(CONTENT, 'police'),
      canonicalContentForAgency(after, 'police'),
    );
    expect(changes.actions.changed.map((c) => [c.id, c.fields])).toEqual([['act-1', ['measuredBy']]]);
    expect(changes.planFields).toEqual([]);
  });

  it('summarises to ids and field names', () => {
    const after = withAction(CONTENT, 'act-2', { leadOfficer: null, sponsoringDirector: 'Director of Nursing' });
    expect(summariseChanges(changesBetweenSnapshots(CONTENT, after)).actionsChanged).toEqual([
      { id: 'act-2', fields: ['sponsoringDirector'] },
    ]);
  });
});
