import { describe, expect, it } from 'vitest';
import { entryFromItem, entryToFields } from '../../../src/data/graph/mappers/governance-entry.mapper';
import { summaryFromFields, summaryToFields } from '../../../src/data/graph/mappers/governance.mapper';
import type { ListItem } from '../../../src/data/graph/list-item';
import type { UserId } from '../../../src/domain/ids';
import { initialGovernance } from '../../../src/domain/workflow/governance';
import { summaryCurrent, summaryOf } from '../../../src/domain/workflow/governance-summary';
import { PLAN_ID } from '../../domain/workflow/workflow-fixtures';

const governance = { ...initialGovernance(PLAN_ID), partnershipQaRole: 'safeguarding-partner' as const };
const summary = summaryOf(governance);

/** The summary JSON as a version that knew nothing of partnership QA wrote it. */
function olderSummaryFields() {
  const { partnershipQaRole: _role, ...older } = summaryOf(initialGovernance(PLAN_ID));
  return { ...summaryToFields(summary), GovernanceJson: JSON.stringify({ format: 2, ...older }) };
}

describe('who quality-assures the partnership’s actions, in the governance summary', () => {
  it('is kept with the chain, principal and due dates', () => {
    const fields = summaryToFields(summary);
    expect(JSON.parse(String(fields['GovernanceJson']))).toMatchObject({ partnershipQaRole: 'safeguarding-partner' });
    expect(summaryFromFields(fields)).toEqual(summary);
  });

  it('reads as the improvement lead from a summary written before the setting existed', () => {
    const read = summaryFromFields(olderSummaryFields());
    expect(read?.partnershipQaRole).toBe('improvement-lead');
    expect(summaryCurrent(read, initialGovernance(PLAN_ID))).toBe(true);
  });

  it('reads a summary naming a role that cannot assure as no summary', () => {
    const fields = summaryToFields(summary);
    const json = JSON.stringify({ ...JSON.parse(String(fields['GovernanceJson'])), partnershipQaRole: 'reader' });
    expect(summaryFromFields({ ...fields, GovernanceJson: json })).toBeNull();
  });
});

describe('the record entry that changes it', () => {
  const item = (json: string): ListItem => {
    const fields = entryToFields({
      id: 'wfe-qa-role',
      planId: PLAN_ID,
      stage: 'drafting',
      by: { userId: 'u-dcs' as UserId, name: 'Amara Okafor' },
      event: { type: 'set-partnership-qa-role', role: 'plan-admin' },
    });
    const by = { id: 'u-dcs', displayName: 'Amara Okafor' };
    return {
      id: '9',
      eTag: '"{G},9"',
      fields: { ...fields, ...(json ? { EntryJson: json } : {}) },
      stamps: { createdBy: by, createdAt: '2018-03-01T10:00:00Z', modifiedBy: by, modifiedAt: '2018-03-01T10:00:00Z' },
    };
  };

  it('round-trips', () => {
    expect(entryFromItem(item(''))?.event).toEqual({ type: 'set-partnership-qa-role', role: 'plan-admin' });
  });

  it('is unreadable when it names a role that cannot assure', () => {
    const json = JSON.stringify({ format: 1, event: { type: 'set-partnership-qa-role', role: 'chief-executive' } });
    const entry = entryFromItem(item(json));
    expect(entry?.event).toBeNull();
    expect(entry?.unreadable).toMatch(/./);
  });
});
