import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  formatSubPageId,
  parseSubPageId,
  siteOfSubPageId,
  teamsDeepLinkUrl,
  type DeepLink,
} from '../../src/host/deep-link';
import type { ActionId, FindingId, PlanId } from '../../src/domain/ids';
import { formatRoute, parseRoute } from '../../src/ui/routing/route';
import { createTeamsMock } from './teams-mock';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);

const plan = 'plan-haringey-2018' as PlanId;
const action = 'act-123' as ActionId;
const finding = 'fnd-1' as FindingId;

describe('subPageId', () => {
  it.each<[string, string | null, DeepLink | null]>([
    ['action:act-123', plan, { planId: plan, actionId: action }],
    ['finding:fnd-1', plan, { planId: plan, findingId: finding }],
    ['plan:plan-haringey-2018/action:act-123', null, { planId: plan, actionId: action }],
    ['plan:plan-haringey-2018/finding:fnd-1', 'plans', { planId: plan, findingId: finding }],
    ['plan:plan-haringey-2018', null, { planId: plan }],
    ['action:act-123', null, null],
    ['action:act-123', 'plans', null],
    ['action:fnd-1', plan, null],
    ['comment:c-1', plan, null],
    ['action:act-1:extra', plan, null],
    ['', plan, null],
  ])('reads %j on a tab showing %j as %j', (subPageId, tabPlan, expected) => {
    expect(parseSubPageId(subPageId, tabPlan)).toEqual(expected);
  });

  it('leaves the plan out on the tab that already shows it, and writes it everywhere else', () => {
    expect(formatSubPageId({ planId: plan, actionId: action }, plan)).toBe('action:act-123');
    expect(formatSubPageId({ planId: plan, findingId: finding }, plan)).toBe('finding:fnd-1');
    expect(formatSubPageId({ planId: plan, actionId: action })).toBe('plan:plan-haringey-2018/action:act-123');
    expect(formatSubPageId({ planId: plan }, plan)).toBe('plan:plan-haringey-2018');
  });

  it.each<DeepLink>([{ planId: plan }, { planId: plan, findingId: finding }, { planId: plan, actionId: action }])(
    'round-trips %j through subPageId and the app’s route',
    (link) => {
      for (const tabPlan of [null, plan]) {
        const parsed = parseSubPageId(formatSubPageId(link, tabPlan), tabPlan);
        expect(parsed).toEqual(link);
        expect(parseRoute(formatRoute({ name: 'plan', ...parsed! }))).toEqual({ name: 'plan', ...link });
      }
    },
  );

  it('builds a teams.microsoft.com link whose context carries the sub-page id', () => {
    const url = new URL(
      teamsDeepLinkUrl({
        appId: '6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c',
        pageId: plan,
        link: { planId: plan, actionId: action },
        label: 'Action 1.2',
        channelId: '19:abc@thread.tacv2',
      }),
    );
    expect(url.origin + url.pathname).toBe(
      'https://teams.microsoft.com/l/entity/6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c/plan-haringey-2018',
    );
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({
      subEntityId: 'action:act-123',
      channelId: '19:abc@thread.tacv2',
    });
    expect(url.searchParams.get('label')).toBe('Action 1.2');
  });

  it('carries the plan’s site in a personal-tab link, and reads it back beside the place', () => {
    const site = 'https://haringey.sharepoint.com/sites/Safeguarding Partnership';
    const subPageId = formatSubPageId({ planId: plan, actionId: action }, null, site);
    expect(subPageId).toBe(`site:${encodeURIComponent(site)}/plan:plan-haringey-2018/action:act-123`);
    expect(siteOfSubPageId(subPageId)).toBe('https://haringey.sharepoint.com/sites/Safeguarding%20Partnership');
    expect(parseSubPageId(subPageId, 'plans')).toEqual({ planId: plan, actionId: action });
    expect(siteOfSubPageId('plan:plan-haringey-2018')).toBeNull();
    expect(siteOfSubPageId(`site:${encodeURIComponent('http://example.org')}/plan:plan-haringey-2018`)).toBeNull();
    expect(siteOfSubPageId('site:not%20a%20url/plan:plan-haringey-2018')).toBeNull();
  });
});

describe('deep links through the host', () => {
  beforeEach(() => {
    vi.resetModules();
    Object.assign(teams, createTeamsMock());
    teams.app.initialize.mockResolvedValue();
  });

  it('shares a link to an action of this tab with pages.shareDeepLink', async () => {
    const { shareDeepLink } = await import('../../src/host/teams/deep-links');
    await expect(
      shareDeepLink({ link: { planId: plan, actionId: action }, label: 'Recruit two DCs', tabPlanId: plan }),
    ).resolves.toBe(true);
    expect(teams.pages.shareDeepLink).toHaveBeenCalledWith({
      subPageId: 'action:act-123',
      subPageLabel: 'Recruit two DCs',
      subPageWebUrl: undefined,
    });
  });

  it('opens the app on a finding with pages.navigateToApp', async () => {
    const { navigateToDeepLink } = await import('../../src/host/teams/deep-links');
    await navigateToDeepLink({ appId: 'app-guid', pageId: 'plans', link: { planId: plan, findingId: finding } });
    expect(teams.pages.navigateToApp).toHaveBeenCalledWith(
      expect.objectContaining({
        appId: 'app-guid',
        pageId: 'plans',
        subPageId: 'plan:plan-haringey-2018/finding:fnd-1',
      }),
    );
  });

  it('says so when the host has no pages capability', async () => {
    teams.pages.isSupported.mockReturnValue(false);
    const { shareDeepLink } = await import('../../src/host/teams/deep-links');
    await expect(shareDeepLink({ link: { planId: plan }, label: 'Plan' })).resolves.toBe(false);
    expect(teams.pages.shareDeepLink).not.toHaveBeenCalled();
  });
});
