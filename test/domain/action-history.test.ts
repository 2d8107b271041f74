import { describe, expect, it } from 'vitest';
import { actionChanges, type ActionVersion } from '../../src/domain/action-history';
import { isoDate, type IsoDateTime } from '../../src/domain/dates';
import { anAction } from './fixtures';

const first = anAction({ status: 'not-started', targetDate: isoDate('2026-07-31') });
const version = (action: typeof first, at: string, name: string, isFirst = false): ActionVersion => ({
  action,
  at: at as IsoDateTime,
  by: { userId: `u-${name.toLowerCase()}`, name },
  first: isFirst,
});

describe('an action’s history from its versions', () => {
  it('lists each save newest first: what it changed and who saved it, starting with who added it', () => {
    const moved = { ...first, targetDate: isoDate('2026-09-30'), status: 'at-risk' as const };
    const changes = actionChanges([
      version(first, '2026-01-05T09:00:00.000Z', 'Amara', true),
      version(moved, '2026-02-10T14:30:00.000Z', 'Sarah'),
    ]);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'changed', by: expect.objectContaining({ name: 'Sarah' }), before: first }),
      expect.objectContaining({ kind: 'added', by: expect.objectContaining({ name: 'Amara' }), action: first }),
    ]);
    expect(changes[0]?.kind === 'changed' && [...changes[0].fields].sort()).toEqual(['status', 'targetDate']);
  });

  it('leaves out a save that changed none of the action’s own fields', () => {
    const same = { ...first };
    const changes = actionChanges([
      version(first, '2026-01-05T09:00:00.000Z', 'Amara', true),
      version(same, '2026-01-06T09:00:00.000Z', 'Sarah'),
    ]);
    expect(changes.map((c) => c.kind)).toEqual(['added']);
  });

  it('starts from the oldest version kept when SharePoint no longer keeps the first', () => {
    const changes = actionChanges([version(first, '2026-01-05T09:00:00.000Z', 'Amara')]);
    expect(changes.map((c) => c.kind)).toEqual(['oldest-kept']);
  });

  it('has nothing to say with no versions', () => {
    expect(actionChanges([])).toEqual([]);
  });
});
