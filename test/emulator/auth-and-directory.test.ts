import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS } from '../../src/emulator/seed/demo-directory';
import { SITE } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';

describe('demo sign-in', () => {
  it('refuses Graph calls without a token with 401 InvalidAuthenticationToken', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('GET', `${SITE}/lists`, { as: null });
    expect(reply.status).toBe(401);
    expect(reply.body.error?.code).toBe('InvalidAuthenticationToken');
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('refuses a token for someone who is not in the demo directory', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('GET', '/me', { as: 'u-mallory' });
    expect(reply.status).toBe(401);
    expect(reply.body.error?.code).toBe('InvalidAuthenticationToken');
  });

  it('tells the signed-in persona who they are, with the organisation only when asked for, as Graph does', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('GET', '/me', { as: 'u-police-owner' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      id: 'u-police-owner',
      displayName: 'Sarah Mitchell',
      mail: 'sarah.mitchell@example.gov.uk',
      jobTitle: 'Detective Inspector, Safeguarding',
    });
    expect(reply.body['companyName']).toBeUndefined();
    const asked = await graph.call('GET', '/me?$select=id,displayName,companyName', { as: 'u-police-owner' });
    expect(asked.body).toEqual({
      id: 'u-police-owner',
      displayName: 'Sarah Mitchell',
      companyName: 'Metropolitan Police Service',
    });
  });

  it('serves the site by id and as root', async () => {
    const { graph } = await startTestEmulator();
    const byId = await graph.call('GET', SITE);
    const root = await graph.call('GET', '/sites/root');
    expect(byId.status).toBe(200);
    expect(root.body).toEqual(byId.body);
    expect(byId.body.webUrl).toEqual(expect.any(String));
    expect((await graph.call('GET', '/sites/some-other-site/lists')).status).toBe(404);
  });
});

describe('people picker', () => {
  it('finds people whose display name starts with the typed text, ignoring case', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'r')")}`);
    expect(reply.status).toBe(200);
    expect(reply.body.value?.map((u) => u.displayName)).toEqual(['Rahul Verma', 'Robert Lang']);
  });

  it('limits the results to $top', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('GET', '/users?$top=3');
    expect(reply.body.value).toHaveLength(3);
  });

  it("handles a name with an apostrophe written as ''", async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.call('GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'O''Brien')")}`);
    expect(reply.status).toBe(200);
    expect(reply.body.value).toEqual([]);
  });
});

describe('emulator control endpoints', () => {
  it('lists the demo personas for the sign-in picker without a token', async () => {
    const { graph } = await startTestEmulator();
    const reply = await graph.control('GET', '/personas');
    expect(reply.status).toBe(200);
    expect(reply.json).toHaveLength(DEMO_PERSONAS.length);
    expect(reply.json).toContainEqual({
      id: 'u-health-owner',
      displayName: 'Fiona Gallagher',
      email: 'fiona.gallagher@example.gov.uk',
      jobTitle: 'Designated Nurse for Safeguarding Children',
      organisation: 'North Central London ICB',
      role: 'agency-owner',
      agency: 'health',
    });
  });

  it('reports health', async () => {
    const { graph } = await startTestEmulator();
    expect((await graph.control('GET', '/health')).body).toEqual({ ok: true });
  });
});
