import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../src/ui/routing/route';

describe('addresses of screens', () => {
  it.each<[string, Route]>([
    ['', { name: 'plans' }],
    ['#/plans', { name: 'plans' }],
    ['#/plans/plan-haringey-2018', { name: 'plan', planId: 'plan-haringey-2018' as never }],
    ['#/plans/plan-1/actions/act-9', { name: 'plan', planId: 'plan-1' as never, actionId: 'act-9' as never }],
    ['#/plans/plan-1/findings/fnd-2', { name: 'plan', planId: 'plan-1' as never, findingId: 'fnd-2' as never }],
    ['#/nonsense', { name: 'plans' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (hash.startsWith('#/plans')) expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
