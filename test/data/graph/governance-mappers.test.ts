import { describe, expect, it } from 'vitest';
import type { FieldValues, ListItem } from '../../../src/data/graph/list-item';
import { entryFromItem, entryToFields } from '../../../src/data/graph/mappers/governance-entry.mapper';
import { summaryFromFields, summaryToFields } from '../../../src/data/graph/mappers/governance.mapper';
import { LISTS, type ListKey } from '../../../src/data/sharepoint/list-schema';
import type { UserId } from '../../../src/domain/ids';
import { contentChangedEvent } from '../../../src/domain/workflow/content-change-event';
import { summaryOf } from '../../../src/domain/workflow/governance-summary';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { CONTENT, HAPPY_PATH, PLAN_ID, governanceAt, withAction } from '../../domain/workflow/workflow-fixtures';

/** An item as Graph returns it, with SharePoint's stamps. */
const item = (
  id: number,
  fields: FieldValues,
  by = { id: 'u-police-owner', displayName: 'Sarah Mitchell' },
): ListItem => ({
  id: String(id),
  eTag: `"{G},${id}"`,
  fields: { ...fields, '@odata.etag': `"{G},${id}"` },
  stamps: { createdBy: by, createdAt: '2026-12-05T13:00:00Z', modifiedBy: by, modifiedAt: '2026-12-05T13:00:00Z' },
});

function expectOnlySchemaColumns(list: ListKey, fields: FieldValues): void {
  const known = new Set(['Title', ...LISTS[list].columns.map((c) => c.name)]);
  expect(Object.keys(fields).filter((name) => !known.has(name))).toEqual([]);
}

const entryOf = (event: WorkflowEvent, by = { userId: 'u-dcs' as UserId, name: 'Amara Okafor' }) =>
  entryToFields({ id: 'wfe-1', planId: PLAN_ID, stage: 'drafting', by, event });

const events: WorkflowEvent[] = [
  ...HAPPY_PATH().map(([event]) => event),
  contentChangedEvent(CONTENT, withAction(CONTENT, 'act-1', { title: 'Changed' })),
  { type: 'add-comment', target: { kind: 'action', actionId: 'act-1' as never }, text: 'Why?' },
];

describe('governance entries', () => {
  it.each(events.map((e) => [e.type, e] as const))(
    'round-trips a %s entry, with SharePoint as its author',
    (_type, event) => {
      const fields = entryOf(event);
      expectOnlySchemaColumns('workflowEvents', fields);
      const entry = entryFromItem(item(7, fields));
      expect(entry).toMatchObject({
        id: 'wfe-1',
        position: 7,
        at: '2026-12-05T13:00:00.000Z',
        author: { userId: 'u-police-owner', name: 'Sarah Mitchell' },
        claimedBy: { userId: 'u-dcs', name: 'Amara Okafor' },
        event,
      });
    },
  );

  it.each<[string, string]>([
    ['not JSON', '{oops'],
    ['rich text', '<div class="ExternalClassABC">&#123;&quot;format&quot;&#58;1&#125;</div>'],
    ['another format', JSON.stringify({ format: 99, event: { type: 'advance', note: '' } })],
    ['an event of no known kind', JSON.stringify({ format: 1, event: { type: 'make-me-ceo' } })],
    ['a sign-off without a hash', JSON.stringify({ format: 1, event: { type: 'partner-approve', comment: '' } })],
    [
      'a sign-off with a hash that is not one',
      JSON.stringify({ format: 1, event: { type: 'partner-approve', comment: '', contentHash: 'x' } }),
    ],
  ])('reads %s as an unreadable entry, never as an event', (_what, json) => {
    const entry = entryFromItem(item(3, { ...entryOf({ type: 'advance', note: '' }), EntryJson: json }));
    expect(entry?.event).toBeNull();
    expect(entry?.unreadable).toMatch(/./);
  });

  it('knows nothing of an entry without SharePoint’s stamps', () => {
    const unstamped = {
      ...item(4, entryOf({ type: 'advance', note: '' })),
      stamps: { createdBy: null, createdAt: null, modifiedBy: null, modifiedAt: null },
    };
    expect(entryFromItem(unstamped)).toBeNull();
  });
});

describe('the governance summary', () => {
  const summary = summaryOf(governanceAt('partnership-approval'));

  it('round-trips through list fields', () => {
    const fields = summaryToFields(summary);
    expectOnlySchemaColumns('governance', fields);
    expect(fields).toMatchObject({ Title: PLAN_ID, PlanId: PLAN_ID, Stage: 'partnership-approval' });
    expect(summaryFromFields(fields)).toEqual(summary);
  });

  it.each<[string, FieldValues]>([
    ['not JSON', { GovernanceJson: '{oops' }],
    ['another format', { GovernanceJson: JSON.stringify({ ...summary, format: 1 }) }],
    [
      'a stage outside its chain',
      { GovernanceJson: JSON.stringify({ ...summary, format: 2, stage: 'custom-nowhere' }) },
    ],
    ['another plan', { PlanId: 'plan-other' }],
  ])('reads %s as no summary', (_what, change) => {
    expect(summaryFromFields({ ...summaryToFields(summary), ...change })).toBeNull();
  });

  it.each([
    [
      'rich text',
      '<div class="ExternalClassABC">&#123;&quot;format&quot;&#58;2&#125;</div>',
      /holds rich text \(HTML\)/,
    ],
  ])('refuses %s, naming the column and the fix, rather than reading it as no summary', (_what, json, reason) => {
    const read = () => summaryFromFields({ ...summaryToFields(summary), GovernanceJson: json });
    expect(read).toThrow(/“GovernanceJson” of the list “JTAI Governance”/);
    expect(read).toThrow(reason);
    expect(read).toThrow(/“Set up this site”/);
  });
});
