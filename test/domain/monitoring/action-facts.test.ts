import { describe, expect, it } from 'vitest';
import type { ActionId } from '../../../src/domain/ids';
import { latestUpdateOn, updatesByAction } from '../../../src/domain/monitoring/action-facts';
import { anUpdate } from './monitoring-fixtures';

const updates = [
  anUpdate(3, 'act-1', '2018-03-02T09:00:00Z', null, 'Second'),
  anUpdate(1, 'act-1', '2018-03-01T09:00:00Z', null, 'First'),
  anUpdate(2, 'act-2', '2018-03-05T09:00:00Z', 'on-track', 'Other action'),
  anUpdate(5, 'act-1', '2018-03-02T09:00:00Z', 'at-risk', 'Same instant, later id'),
];

describe('an action’s progress updates in the order they were made', () => {
  it('gives the newest update on the action, the later id of two made in the same instant', () => {
    expect(latestUpdateOn(updates, 'act-1' as ActionId)?.text).toBe('Same instant, later id');
    expect(latestUpdateOn(updates, 'act-2' as ActionId)?.text).toBe('Other action');
    expect(latestUpdateOn(updates, 'act-9' as ActionId)).toBeNull();
  });

  it('agrees with the grouped list, whose last update is the newest', () => {
    expect(
      updatesByAction(updates)
        .get('act-1' as ActionId)
        ?.map((u) => u.text),
    ).toEqual(['First', 'Second', 'Same instant, later id']);
  });
});
