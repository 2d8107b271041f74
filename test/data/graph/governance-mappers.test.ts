import { describe, expect, it } from 'vitest';
import { loadedGovernance } from '../../../src/data/graph/load-governance';
import type { ListItem } from '../../../src/data/graph/list-item';
import {
  governanceFromFields,
  governanceToFields,
  parseGovernanceJson,
} from '../../../src/data/graph/mappers/governance.mapper';
import { withAuthoritativeHistory } from '../../../src/data/graph/mappers/governance-history';
import { workflowEventFromFields, workflowEventToFields } from '../../../src/data/graph/mappers/workflow-event.mapper';
import { isUnstoredVersion } from '../../../src/data/graph/store-version';
import { LISTS, type ListKey } from '../../../src/data/sharepoint/list-schema';
import type { FieldValues } from '../../../src/data/graph/list-item';
import { isoDate } from '../../../src/domain/dates';
import type { Governance } from '../../../src/domain/workflow/governance';
import { PLAN_ID, governanceAt } from '../../domain/workflow/workflow-fixtures';

const item = (id: number, fields: FieldValues): ListItem => ({
  id: String(id),
  eTag: `"{G},${id}"`,
  fields: { ...fields, '@odata.etag': `"{G},${id}"` },
});

function expectOnlySchemaColumns(list: ListKey, fields: FieldValues): void {
  const known = new Set(['Title', ...LISTS[list].columns.map((c) => c.name)]);
  expect(Object.keys(fields).filter((name) => !known.has(name))).toEqual([]);
}

/** Governance well along the default chain: QA signed, partners and executives signed, submitted. */
const signed: Governance = governanceAt('monitoring');

describe('governance and workflow event mappers', () => {
  it('round-trips a governance state and its audit events through list fields', () => {
    const fields = governanceToFields(signed);
    expectOnlySchemaColumns('governance', fields);
    expect(fields).toMatchObject({ Title: PLAN_ID, PlanId: PLAN_ID, Sequence: signed.sequence, Stage: 'monitoring' });
    expect(governanceFromFields(fields)).toEqual(signed);
    for (const event of signed.audit) {
      expectOnlySchemaColumns('workflowEvents', workflowEventToFields(event));
      expect(workflowEventFromFields(workflowEventToFields(event))).toEqual(event);
    }
  });

  it.each<[string, string]>([
    ['not JSON', '{oops'],
    ['another schema version', JSON.stringify({ ...signed, schemaVersion: 99 })],
    ['a stage outside its chain', JSON.stringify({ ...signed, stage: 'custom-nowhere' })],
    ['a forged sign-off without a hash', JSON.stringify({ ...signed, signOffs: [{ id: 'sig-x' }] })],
    ['a negative sequence', JSON.stringify({ ...signed, sequence: -1 })],
    ['no audit list', JSON.stringify({ ...signed, audit: undefined })],
  ])('reads %s as no state rather than throwing', (_what, json) => {
    expect(parseGovernanceJson(json)).toBeNull();
  });

  it('refuses a state filed under another plan', () => {
    expect(governanceFromFields({ ...governanceToFields(signed), PlanId: 'plan-other' })).toBeNull();
  });
});

describe('governance as loaded', () => {
  const eventItems = signed.audit.map((e, i) => item(i + 1, workflowEventToFields(e)));
  const signOffs = signed.signOffs;

  it('is null before the first workflow event', () => {
    expect(loadedGovernance(PLAN_ID, undefined, [], [])).toBeNull();
  });

  it('takes sign-offs and audit from their lists, not from the stored copy', () => {
    const tampered = { ...signed, signOffs: [], audit: [] };
    const loaded = loadedGovernance(PLAN_ID, item(7, governanceToFields(tampered)), signOffs, eventItems);
    expect(loaded?.value).toEqual(signed);
    expect(loaded?.version).toBe('sp1:7:"{G},7"');
  });

  it('keeps events of one instant in the order they were minted, past ten', () => {
    const shuffled = [...signed.audit].reverse();
    expect(shuffled.length).toBeGreaterThan(10);
    expect(withAuthoritativeHistory(PLAN_ID, signed, signOffs, shuffled).audit).toEqual(signed.audit);
  });

  it('rebuilds an unreadable state from the audit trail, keeping its version', () => {
    const broken = item(3, { ...governanceToFields(signed), GovernanceJson: '{oops' });
    const loaded = loadedGovernance(PLAN_ID, broken, signOffs, eventItems);
    expect(loaded?.version).toBe('sp1:3:"{G},3"');
    expect(loaded?.value).toMatchObject({
      stage: 'monitoring',
      sequence: signed.sequence,
      submission: { date: isoDate('2018-04-10'), documentRef: 'Haringey-WSoA-v3.docx' },
      signOffs,
      audit: signed.audit,
    });
  });

  it('counts past ids in the lists that the state missed, so new ids never repeat them', () => {
    const behind = { ...signed, sequence: 2 };
    expect(withAuthoritativeHistory(PLAN_ID, behind, signOffs, signed.audit).sequence).toBe(signed.sequence);
  });

  it('is history without state after a first commit whose state write failed', () => {
    const loaded = loadedGovernance(PLAN_ID, undefined, [], eventItems.slice(0, 1));
    expect(loaded && isUnstoredVersion(loaded.version)).toBe(true);
    expect(loaded?.value.stage).toBe('agency-qa');
    expect(loaded?.value.sequence).toBe(1);
  });
});
