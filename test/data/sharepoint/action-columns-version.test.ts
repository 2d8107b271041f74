import { describe, expect, it } from 'vitest';
import { LISTS, SCHEMA_VERSION, type ColumnSpec } from '../../../src/data/sharepoint/list-schema';

/** A column as one line: name, type, and whether it is indexed or unique. */
const describeColumn = (c: ColumnSpec) =>
  [c.name, c.kind, c.indexed ? 'indexed' : '', c.unique ? 'unique' : ''].filter(Boolean).join(' ');

/** The actions' columns by name (their order on the site does not matter), and the built-in ones indexed. */
const columnsNow = () =>
  [
    ...LISTS.actions.columns.map(describeColumn),
    ...(LISTS.actions.indexedBuiltIns ?? []).map((name) => `${name} built-in indexed`),
  ].sort();

/**
 * The actions' SharePoint columns as each schema version has them. A site records the version it
 * was set up with, and "Set up this site" adds what a newer version has: a column added (or
 * indexed) without raising the version would never reach existing sites.
 */
const RECORDED: Readonly<Record<number, readonly string[]>> = {
  5: [
    'ActionId text indexed unique',
    'ActionText note',
    'Agency text indexed',
    'ContributingJson note',
    'EvidenceJson note',
    'FindingId text indexed',
    'LeadOfficer text',
    'MeasuredBy note',
    'MilestonesJson note',
    'PlanId text indexed',
    'SortOrder number',
    'SponsoringDirector text',
    'StartDate text',
    'Status text indexed',
    'StatusReason note',
    'SuccessMeasure note',
    'TargetDate text',
    'UpdatedAt text',
    'UpdatedBy text',
  ],
  // The built-in Modified column indexed, for the Modified poll where Graph has no delta.
  6: [
    'ActionId text indexed unique',
    'ActionText note',
    'Agency text indexed',
    'ContributingJson note',
    'EvidenceJson note',
    'FindingId text indexed',
    'LeadOfficer text',
    'MeasuredBy note',
    'MilestonesJson note',
    'Modified built-in indexed',
    'PlanId text indexed',
    'SortOrder number',
    'SponsoringDirector text',
    'StartDate text',
    'Status text indexed',
    'StatusReason note',
    'SuccessMeasure note',
    'TargetDate text',
    'UpdatedAt text',
    'UpdatedBy text',
  ],
};

describe('the action list schema', () => {
  it('is recorded for the current SCHEMA_VERSION, so a changed column cannot ship without a new version', () => {
    const now = columnsNow();
    expect(
      RECORDED[SCHEMA_VERSION],
      `The actions' SharePoint columns (from ACTION_FIELDS in src/domain/action-fields.ts) are not those recorded ` +
        `for schema version ${SCHEMA_VERSION}. Raise SCHEMA_VERSION in src/data/sharepoint/list-schema.ts so that ` +
        `existing sites are upgraded, and record the new columns under the new version in this test:\n` +
        JSON.stringify(now, null, 2),
    ).toEqual(now);
  });

  it('writes no column twice', () => {
    const names = LISTS.actions.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
