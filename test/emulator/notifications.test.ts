import { describe, expect, it } from 'vitest';
import { startTestEmulator } from './support/test-emulator';

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
