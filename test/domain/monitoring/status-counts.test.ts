import { describe, expect, it } from 'vitest';
import type { FindingId } from '../../../src/domain/ids';
import { actionsByAgencyAndStatus, actionsByFinding } from '../../../src/domain/monitoring/status-counts';
import { action, aFinding, snapshotOf } from './monitoring-fixtures';

const counts = (notStarted: number, onTrack: number, atRisk: number, offTrack: number, complete: number) => ({
  'not-started': notStarted,
  'on-track': onTrack,
  'at-risk': atRisk,
  'off-track': offTrack,
  complete,
});

describe('actions by agency and status', () => {
  const snapshot = snapshotOf({
    actions: [
      action(1, { leadAgency: 'police', status: 'on-track' }),
      action(2, { leadAgency: 'police', status: 'off-track' }),
      action(3, { leadAgency: 'health', status: 'complete' }),
      action(4, { leadAgency: 'housing', status: 'at-risk' }),
    ],
  });
  const rows = actionsByAgencyAndStatus(snapshot);

  it.each([
    ['childrens-social-care', "Children's social care", counts(0, 0, 0, 0, 0), 0],
    ['police', 'Police', counts(0, 1, 0, 1, 0), 2],
    ['health', 'Health', counts(0, 0, 0, 0, 1), 1],
    ['housing', 'housing', counts(0, 0, 1, 0, 0), 1],
  ])('%s', (key, label, expected, total) => {
    expect(rows.find((r) => r.key === key)).toEqual({ key, label, counts: expected, total });
  });

  it('keeps the plan’s agency order and puts an agency no longer in the plan last', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'childrens-social-care',
      'police',
      'health',
      'education',
      'probation',
      'youth-justice',
      'partnership',
      'housing',
    ]);
  });
});

describe('actions by finding', () => {
  it('labels each bar with the finding’s short title, keeping its number and its full words', () => {
    const text =
      'Leaders across the partnership do not have a shared understanding of neglect, so practice to identify and respond to it is inconsistent across agencies and too many children remain in neglectful situations for too long.';
    const snapshot = snapshotOf({
      findings: [{ ...aFinding(1), text }, aFinding(2)],
      actions: [action(1, { findingId: 'fnd-1' as FindingId }), action(2, { findingId: 'fnd-2' as FindingId })],
    });
    expect(actionsByFinding(snapshot).map((r) => [r.label, r.reference, r.text])).toEqual([
      ['Leaders across the partnership do not have a shared understanding of neglect', 'Area for improvement 1', text],
      ['Finding 2 text', 'Area for improvement 2', 'Finding 2 text'],
    ]);
  });

  it('numbers findings per type in letter order and skips findings with no actions', () => {
    const snapshot = snapshotOf({
      findings: [aFinding(1), aFinding(2), aFinding(3, 'priority-action'), aFinding(4)],
      actions: [
        action(1, { findingId: 'fnd-3' as FindingId, status: 'on-track' }),
        action(2, { findingId: 'fnd-4' as FindingId, status: 'complete' }),
        action(3, { findingId: 'fnd-4' as FindingId, status: 'complete' }),
        action(4, { findingId: 'fnd-1' as FindingId }),
      ],
    });
    expect(actionsByFinding(snapshot).map((r) => [r.reference, r.total, r.counts.complete])).toEqual([
      ['Area for improvement 1', 1, 0],
      ['Area for priority action 1', 1, 0],
      ['Area for improvement 3', 2, 2],
    ]);
  });
});
