import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { linkedSite } from '../../src/app/linked-site';
import { NO_APP_ID_LOG, PERSONAL_TAB_ID, teamsActivityFor } from '../../src/app/teams-activity-links';
import { createGraphNotificationStore } from '../../src/data/graph/graph-notification-store';
import type { IsoDateTime } from '../../src/domain/dates';
import type { ActionId, NotificationId, PlanId, UserId } from '../../src/domain/ids';
import type { NotificationTarget, OutgoingNotification } from '../../src/domain/notifications/notification';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { parseSubPageId, siteOfSubPageId } from '../../src/host/deep-link';
import { STANDALONE_HOST, type HostInfo } from '../../src/host/host-kind';
import { startPlan } from '../data/support/plan-setup';
import { startTestEmulator, type TestEmulator } from '../data/support/test-emulator';

const APP_ID = '6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c';
const GROUP_ID = '33333333-3333-4333-8333-333333333333';
const TENANT_ID = '22222222-2222-4222-8222-222222222222';
const CHANNEL_ID = '19:abc123@thread.tacv2';
const SITE = 'https://haringey.sharepoint.com/sites/SafeguardingPartnership';
const APP_URL = 'https://jtai.example.org';
const tabPlan = 'plan-haringey-2018' as PlanId;
const otherPlan = 'plan-haringey-2026' as PlanId;
const action = 'act-123' as ActionId;

const teamsHost = (overrides: Partial<HostInfo> = {}): HostInfo => ({
  ...STANDALONE_HOST,
  kind: 'teams',
  hostName: 'teams',
  user: { id: 'u-1', upn: 'amara.okafor@haringey.example', tenantId: TENANT_ID },
  ...overrides,
});

/** The host as a channel tab saved with the Haringey 2018 plan sees it. */
const channelTab = teamsHost({
  pageId: tabPlan,
  channelId: CHANNEL_ID,
  site: { url: SITE, groupId: GROUP_ID },
});

/** The host as the personal tab sees it: no team, no channel. */
const personalTab = teamsHost({ pageId: PERSONAL_TAB_ID });

const settings = { appId: APP_ID, appUrl: APP_URL, siteUrl: SITE, log: vi.fn() };

function linkFor(host: HostInfo, target: NotificationTarget): URL {
  const url = teamsActivityFor(host, settings)?.webUrlFor(target);
  if (!url) throw new Error('no link was made');
  return new URL(url);
}

const contextOf = (url: URL) => JSON.parse(url.searchParams.get('context')!) as Record<string, string>;

describe('links in Teams activity notifications', () => {
  it('open the channel tab of the plan’s own team, with the channel and team in the link', () => {
    const url = linkFor(channelTab, { view: 'action', planId: tabPlan, actionId: action });
    expect(url.origin + url.pathname).toBe(`https://teams.microsoft.com/l/entity/${APP_ID}/${tabPlan}`);
    const context = contextOf(url);
    expect(context).toEqual({ subEntityId: 'action:act-123', channelId: CHANNEL_ID });
    expect(url.searchParams.get('groupId')).toBe(GROUP_ID);
    expect(url.searchParams.get('tenantId')).toBe(TENANT_ID);
    expect(parseSubPageId(context['subEntityId']!, tabPlan)).toEqual({ planId: tabPlan, actionId: action });
    expect(url.searchParams.get('webUrl')).toBe(
      `${APP_URL}/?site=${encodeURIComponent(SITE)}#/plans/${tabPlan}/actions/${action}`,
    );
  });

  it('open the personal tab on the plan’s own site when the plan is not this channel tab’s', () => {
    for (const [host, planId] of [
      [personalTab, tabPlan],
      [channelTab, otherPlan],
    ] as const) {
      const url = linkFor(host, { view: 'governance', planId });
      expect(url.pathname).toBe(`/l/entity/${APP_ID}/${PERSONAL_TAB_ID}`);
      const context = contextOf(url);
      expect(context).not.toHaveProperty('channelId');
      expect(url.searchParams.has('groupId')).toBe(false);
      expect(siteOfSubPageId(context['subEntityId']!)).toBe(SITE);
      expect(parseSubPageId(context['subEntityId']!, PERSONAL_TAB_ID)).toEqual({ planId });
    }
  });

  it('name the app by the id the build was given, whatever the host says', () => {
    const url = linkFor(channelTab, { view: 'my-actions', planId: tabPlan });
    expect(url.pathname.split('/')[3]).toBe(APP_ID);
    expect(
      new URL(
        teamsActivityFor(channelTab, { ...settings, appId: 'ffffffff-0000-4000-8000-000000000000' })!.webUrlFor({
          view: 'my-actions',
          planId: tabPlan,
        })!,
      ).pathname.split('/')[3],
    ).toBe('ffffffff-0000-4000-8000-000000000000');
  });

  it('are not made without an app id: the reason is logged, and nothing reaches the person as an error', () => {
    const log = vi.fn();
    expect(teamsActivityFor(channelTab, { ...settings, appId: null, log })).toBeUndefined();
    expect(log).toHaveBeenCalledWith(NO_APP_ID_LOG);
    expect(NO_APP_ID_LOG).toMatch(/JTAI_APP_ID/);
    const quiet = vi.fn();
    expect(teamsActivityFor(STANDALONE_HOST, { ...settings, log: quiet })).toBeUndefined();
    expect(quiet).not.toHaveBeenCalled();
  });
});

describe('a link’s site', () => {
  const personalLink = (site: string) => teamsHost({ subPageId: `site:${encodeURIComponent(site)}/plan:${tabPlan}` });

  it('is followed on the configured site’s host, and refused on another or without https', () => {
    expect(linkedSite(personalLink(`${SITE}/`), '', 'https://haringey.sharepoint.com/sites/lscp')).toBe(SITE);
    expect(linkedSite(personalLink('https://evil.example.org/sites/x'), '', SITE)).toBeNull();
    expect(linkedSite(personalLink('http://haringey.sharepoint.com/sites/x'), '', SITE)).toBeNull();
    expect(linkedSite(STANDALONE_HOST, `?site=${encodeURIComponent(SITE)}`, null)).toBe(SITE);
    expect(linkedSite(STANDALONE_HOST, `?site=${encodeURIComponent('https://example.org/sites/x')}`, null)).toBeNull();
  });
});

describe('activity sent through Graph', () => {
  let emulator: TestEmulator;
  let planId: PlanId;
  let serial = 0;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    const dcs = emulator.storeAs('u-dcs').store;
    await dcs.ensureSchema();
    planId = (await startPlan(dcs, ['u-police-owner'])).plan.value.id;
  });
  afterAll(() => emulator.stop());

  const reminder = (): OutgoingNotification => {
    serial += 1;
    return {
      notification: {
        id: `ntf-links-${serial}` as NotificationId,
        planId,
        planTitle: 'Test plan',
        recipientId: 'u-police-owner' as UserId,
        kind: 'reminder',
        subject: '1 action overdue',
        body: '• Action 1',
        target: { view: 'my-actions', planId },
        createdAt: '2018-05-14T09:00:00.000Z' as IsoDateTime,
        senderId: 'u-dcs' as UserId,
        senderName: 'Amara Okafor',
        read: false,
      },
      activity: { type: 'actionOverdue', parameters: { summary: '1 action overdue', plan: 'Test plan' } },
    };
  };
  const sendFrom = (host: HostInfo, appId: string | null) =>
    createGraphNotificationStore({
      graphBaseUrl: emulator.graphBaseUrl(),
      siteId: EMULATOR_SITE_ID,
      getToken: async () => 'demo.u-dcs',
      teams: teamsActivityFor(host, { ...settings, appId }),
    }).send([reminder()]);
  const activity = async () =>
    (
      (await (await emulator.control('activity?user=u-police-owner')).json()) as {
        value: { topic: { webUrl: string } }[];
      }
    ).value;

  it('posts nothing to the activity feed without an app id, and keeps the inbox item', async () => {
    await emulator.control('activity', { method: 'DELETE' });
    await expect(sendFrom(teamsHost({ pageId: planId, channelId: CHANNEL_ID }), null)).resolves.toEqual({
      stored: 1,
      teamsDelivered: 0,
    });
    expect(await activity()).toEqual([]);
  });

  it('posts the channel tab link from the plan’s channel tab when the build names the app', async () => {
    await emulator.control('activity', { method: 'DELETE' });
    const host = teamsHost({ pageId: planId, channelId: CHANNEL_ID, site: { url: SITE, groupId: GROUP_ID } });
    await expect(sendFrom(host, APP_ID)).resolves.toEqual({ stored: 1, teamsDelivered: 1 });
    const [posted] = await activity();
    const url = new URL(posted!.topic.webUrl);
    expect(url.pathname).toBe(`/l/entity/${APP_ID}/${planId}`);
    expect(contextOf(url)).toMatchObject({ channelId: CHANNEL_ID });
  });
});
