import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGraphNotificationStore } from '../../src/data/graph/graph-notification-store';
import type { NotificationStore } from '../../src/data/notification.port';
import { StoreError } from '../../src/data/store-error';
import { idSource, type PlanId, type UserId } from '../../src/domain/ids';
import { LOCAL_SITE_ID } from '../../src/app/config';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';
import { createStageNotifier } from '../../src/state/stage-notifier';
import { startSeededEmulator, storeFor as storeOn } from '../ui/support/render-app';
import { PARTNER_IDS, TO_PARTNERSHIP_APPROVAL, startGovernancePlan, walk } from './governance-setup';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);
const notificationsFor = (persona: string) =>
  createGraphNotificationStore({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    getToken: async () => `demo.${persona}`,
    retry: { maxRetries: 0 },
  });

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());

const NOW = new Date('2018-03-20T10:00:00Z');

/** The DCS's view of a plan at amendments, notifying through `notifications`. */
async function dcsAtAmendments(key: string, notifications: NotificationStore) {
  const planId = await startGovernancePlan(storeFor('u-dcs'), { key });
  await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL.slice(0, -1));
  let n = 0;
  const ids = idSource(() => `${key}-${++n}`);
  const view = createPlanViewStore({
    store: storeFor('u-dcs'),
    userId: 'u-dcs' as UserId,
    userName: 'Amara Okafor',
    ids,
    now: () => NOW,
    pending: memoryPendingEditStorage(),
    stageNotifier: createStageNotifier({ notifications, ids, now: () => NOW }),
  });
  await view.getState().open(planId);
  return { planId, view };
}

const inboxOf = async (persona: string, planId: PlanId) =>
  (await notificationsFor(persona).listInbox(persona as UserId)).map((v) => v.value).filter((n) => n.planId === planId);

describe('notifying the people a governance stage waits for', () => {
  it('tells each safeguarding partner when the plan moves to partnership approval', async () => {
    const { planId, view } = await dcsAtAmendments('notify', notificationsFor('u-dcs'));
    const outcome = await view.getState().dispatch({ type: 'advance', note: 'Amendments made' });
    expect(outcome.status).toBe('done');

    for (const partner of PARTNER_IDS) {
      await vi.waitFor(async () => expect(await inboxOf(partner, planId)).toHaveLength(1), { timeout: 5000 });
      const [note] = await inboxOf(partner, planId);
      expect(note).toMatchObject({
        kind: 'plan-step',
        subject: 'Partnership approval is waiting for you',
        senderId: 'u-dcs',
        target: { view: 'governance', planId },
        read: false,
      });
    }
    expect(await inboxOf('u-lead-member', planId)).toEqual([]);
    expect(view.getState().workflowNotice).toBeNull();
  });

  it('keeps the sign-off when the inbox cannot be written, and says so gently', async () => {
    const failing: NotificationStore = {
      send: () => Promise.reject(new StoreError('offline', 'The connection was lost.')),
      listInbox: () => Promise.resolve([]),
      markRead: () => Promise.reject(new Error('not used')),
    };
    const { view } = await dcsAtAmendments('notify-fails', failing);
    const outcome = await view.getState().dispatch({ type: 'advance', note: 'Amendments made' });
    expect(outcome.status).toBe('done');
    expect(view.getState().governance?.stage).toBe('partnership-approval');
    await vi.waitFor(() => expect(view.getState().workflowNotice).not.toBeNull());
    expect(view.getState().workflowNotice).toEqual({
      intent: 'info',
      title: 'Not everyone was notified',
      message: expect.stringMatching(
        /^The plan moved to Partnership approval, but the inbox notes for the 3 people it waits for could not be saved: You appear to be offline\..* Let them know another way\.$/,
      ),
    });
  });
});
