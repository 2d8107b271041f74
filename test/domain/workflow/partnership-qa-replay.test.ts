import { describe, expect, it } from 'vitest';
import { replayGovernance } from '../../../src/domain/workflow/replay-governance';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { aRecord, anEntry } from './replay-fixtures';
import { CONTENT, actionOf, people, qaApprove } from './workflow-fixtures';

const WITH_PARTNERSHIP = {
  ...CONTENT,
  actions: [...CONTENT.actions, actionOf('act-4', 'partnership', { title: 'Publish a neglect strategy', order: 3 })],
};

const ADVANCE: WorkflowEvent = { type: 'advance', note: '' };
const toPartner: WorkflowEvent = { type: 'set-partnership-qa-role', role: 'safeguarding-partner' };

describe('who quality-assures the partnership’s actions, replayed from the record', () => {
  it('is the improvement lead for a record that never names anyone', () => {
    const replay = replayGovernance(aRecord([anEntry(1, people.dcs, ADVANCE)]), WITH_PARTNERSHIP);
    expect(replay.governance.partnershipQaRole).toBe('improvement-lead');
  });

  it('counts a plan admin’s change, in the order it was made', () => {
    const entries = [
      anEntry(1, people.dcs, toPartner),
      anEntry(2, people.dcs, ADVANCE),
      anEntry(3, people.councilPartner, qaApprove('partnership', WITH_PARTNERSHIP)),
    ];
    const replay = replayGovernance(aRecord(entries), WITH_PARTNERSHIP);
    expect(replay.verdicts.map((v) => v.counted)).toEqual([true, true, true]);
    expect(replay.governance.partnershipQaRole).toBe('safeguarding-partner');
    expect(replay.governance.audit.map((e) => e.kind)).toContain('partnership-qa-role-set');
  });

  it('does not count a change written by someone outside the DCS’s team, and says why', () => {
    const entries = [
      anEntry(1, people.councilPartner, toPartner),
      anEntry(2, people.dcs, ADVANCE),
      anEntry(3, people.councilPartner, qaApprove('partnership', WITH_PARTNERSHIP)),
    ];
    const replay = replayGovernance(aRecord(entries), WITH_PARTNERSHIP);
    expect(replay.verdicts[0]).toMatchObject({
      counted: false,
      reason:
        "Only the DCS's team (plan admins and the improvement lead) can say who quality-assures the partnership's actions.",
    });
    expect(replay.governance.partnershipQaRole).toBe('improvement-lead');
    expect(replay.verdicts[2]).toMatchObject({
      counted: false,
      reason: "Only the improvement lead can quality-assure the partnership's actions.",
    });
    expect(replay.governance.signOffs).toEqual([]);
  });
});
