import { describe, expect, it } from 'vitest';
import { addItem, deleteItem, patchItem, setUpPlan } from './support/product-lists';
import { startTestEmulator } from './support/test-emulator';

const setUp = async () => {
  const { graph } = await startTestEmulator();
  return { graph, plan: await setUpPlan(graph) };
};

const notification = (planId: string, overrides: Record<string, unknown> = {}) => ({
  Title: 'ntf-1',
  PlanId: planId,
  RecipientId: 'u-police-owner',
  PlanTitle: 'Test plan',
  Kind: 'reminder',
  Subject: 'Reminder: 1 action overdue',
  Body: '• Action police-1 (overdue by 2 working days)',
  Target: 'my-actions',
  CreatedAt: '2018-05-14T09:00:00.000Z',
  SenderId: 'u-dcs',
  SenderName: 'Amara Okafor',
  Read: false,
  ...overrides,
});

const outcome = (reply: { status: number; body: { error?: { message: string } } }) => ({
  status: reply.status,
  message: reply.body.error?.message ?? '',
});

describe('the notifications list', () => {
  it('lets any member of the plan notify another member, in their own name', async () => {
    const { graph, plan } = await setUp();
    expect((await addItem(graph, 'notifications', notification(plan.planId), 'u-dcs')).status).toBe(201);
    const fromOwner = notification(plan.planId, { Title: 'ntf-2', SenderId: 'u-police-owner', RecipientId: 'u-dcs' });
    expect((await addItem(graph, 'notifications', fromOwner, 'u-police-owner')).status).toBe(201);
  });

  it.each([
    [
      'a non-member sends',
      notification('plan-test', { SenderId: 'u-probation-qa' }),
      'u-probation-qa',
      403,
      'Only members of this plan can send notifications about it.',
    ],
    [
      'it goes to a non-member',
      notification('plan-test', { RecipientId: 'u-probation-qa' }),
      'u-dcs',
      403,
      'Notifications about this plan can only go to its members.',
    ],
    [
      'it names another sender',
      notification('plan-test', { SenderId: 'u-improvement-lead' }),
      'u-dcs',
      403,
      "You cannot send a notification in someone else's name.",
    ],
    [
      'it arrives already read',
      notification('plan-test', { Read: true }),
      'u-dcs',
      400,
      'A new notification must be unread.',
    ],
  ])('refuses a notification when %s', async (_name, fields, as, status, message) => {
    const { graph } = await setUp();
    expect(outcome(await addItem(graph, 'notifications', fields, as))).toEqual({ status, message });
  });

  it('lets only the recipient mark it read, and nobody change what it says or delete it', async () => {
    const { graph, plan } = await setUp();
    const added = await addItem(graph, 'notifications', notification(plan.planId), 'u-dcs');
    const id = String(added.body.id);
    expect(outcome(await patchItem(graph, 'notifications', id, { Read: true }, 'u-dcs'))).toEqual({
      status: 403,
      message: 'Only the person a notification was sent to can mark it read.',
    });
    expect(outcome(await patchItem(graph, 'notifications', id, { Subject: 'Changed' }, 'u-police-owner'))).toEqual({
      status: 403,
      message: 'A notification cannot be changed once sent; only whether it has been read.',
    });
    expect((await patchItem(graph, 'notifications', id, { Read: true }, 'u-police-owner')).status).toBe(200);
    expect((await deleteItem(graph, 'notifications', id, 'u-police-owner')).status).toBe(403);
  });
});

describe('Teams activity notifications', () => {
  const activity = (webUrl: string) => ({
    topic: { source: 'text', value: 'Test plan', webUrl },
    activityType: 'actionOverdue',
    previewText: { content: 'Reminder: 1 action overdue' },
    templateParameters: [
      { name: 'summary', value: '1 action overdue' },
      { name: 'plan', value: 'Test plan' },
    ],
  });
  const path = (userId: string) => `/users/${userId}/teamwork/sendActivityNotification`;
  const DEEP_LINK = 'https://teams.microsoft.com/l/entity/app-id/plans?context=%7B%7D';

  it('records each activity for its recipient, for tests to read back', async () => {
    const { graph } = await startTestEmulator();
    expect((await graph.call('POST', path('u-police-owner'), { as: 'u-dcs', body: activity(DEEP_LINK) })).status).toBe(
      204,
    );
    const feed = await graph.control('GET', '/activity?user=u-police-owner');
    expect(feed.json).toEqual({
      value: [
        expect.objectContaining({
          senderId: 'u-dcs',
          recipientId: 'u-police-owner',
          activityType: 'actionOverdue',
          topic: { source: 'text', value: 'Test plan', webUrl: DEEP_LINK },
          previewText: 'Reminder: 1 action overdue',
          templateParameters: [
            { name: 'summary', value: '1 action overdue' },
            { name: 'plan', value: 'Test plan' },
          ],
        }),
      ],
    });
    expect((await graph.control('GET', '/activity?user=u-dcs')).json).toEqual({ value: [] });
    expect((await graph.control('DELETE', '/activity')).status).toBe(204);
    expect((await graph.control('GET', '/activity')).json).toEqual({ value: [] });
  });

  it('refuses a text topic without a Teams deep link, and an unknown user, as Graph does', async () => {
    const { graph } = await startTestEmulator();
    const web = await graph.call('POST', path('u-police-owner'), {
      as: 'u-dcs',
      body: activity('https://example.org/'),
    });
    expect(web.status).toBe(400);
    expect((await graph.call('POST', path('u-nobody'), { as: 'u-dcs', body: activity(DEEP_LINK) })).status).toBe(404);
    expect((await graph.control('GET', '/activity')).json).toEqual({ value: [] });
  });
});
