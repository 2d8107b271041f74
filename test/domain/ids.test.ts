import { describe, expect, it } from 'vitest';
import { idSource, isActionId, isFindingId, isPlanId, isUserId } from '../../src/domain/ids';

describe('branded ids', () => {
  it.each([
    ['plan-haringey-2018', isPlanId, true],
    ['fnd-01', isPlanId, false],
    ['plan-', isPlanId, true],
    ['plan-has space', isPlanId, false],
    ['fnd-haringey-01', isFindingId, true],
    ['act-1', isActionId, true],
    [42, isActionId, false],
    ['u-dcs', isUserId, true],
    ['', isUserId, false],
  ] as const)('%s is recognised correctly', (value, guard, expected) => {
    expect(guard(value)).toBe(expected);
  });

  it('makes ids of the right kind from a suffix source', () => {
    let n = 0;
    const next = idSource(() => String(++n));
    expect(next('plan')).toBe('plan-1');
    expect(next('action')).toBe('act-2');
    expect(isActionId(next('action'))).toBe(true);
  });
});
