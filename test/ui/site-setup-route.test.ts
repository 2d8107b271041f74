import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute } from '../../src/ui/routing/route';

describe('the setup page’s address', () => {
  it('is #/site-setup both ways', () => {
    expect(parseRoute('#/site-setup')).toEqual({ name: 'site-setup' });
    expect(formatRoute({ name: 'site-setup' })).toBe('#/site-setup');
  });
});
