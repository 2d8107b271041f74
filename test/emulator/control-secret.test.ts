import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_SECRET_FILE } from '../../src/emulator/http/control-secret';
import { graphClient } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';

describe('the control endpoints', () => {
  it('refuse a caller without this run’s secret, and serve one with it', async () => {
    const { emulator, graph } = await startTestEmulator();
    const stranger = graphClient(emulator.url);
    const guesser = graphClient(emulator.url, 'not-the-secret');
    for (const [method, route] of [
      ['POST', '/reset'],
      ['POST', '/faults'],
      ['GET', '/faults'],
      ['GET', '/activity'],
      ['POST', '/delta-tokens/expire'],
    ] as const) {
      for (const caller of [stranger, guesser]) {
        const reply = await caller.control(method, route, method === 'POST' ? {} : undefined);
        expect(reply.status, `${method} ${route}`).toBe(401);
        expect(reply.body.error?.code).toBe('controlSecretRequired');
      }
    }
    expect((await graph.control('GET', '/faults')).status).toBe(200);
    expect((await graph.control('POST', '/delta-tokens/expire')).status).toBe(204);
  });

  it('leave health and the demo directory open, for the sign-in page', async () => {
    const { emulator } = await startTestEmulator();
    const stranger = graphClient(emulator.url);
    expect((await stranger.control('GET', '/health')).status).toBe(200);
    expect((await stranger.control('GET', '/personas')).status).toBe(200);
  });

  it('keep the secret in the data directory, a new one each run, readable by its owner only', async () => {
    const first = await startTestEmulator();
    const file = path.join(first.dataDir, CONTROL_SECRET_FILE);
    expect(fs.readFileSync(file, 'utf8')).toBe(first.emulator.controlSecret);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    await first.emulator.close();
    const second = await startTestEmulator({ dataDir: first.dataDir });
    expect(second.emulator.controlSecret).not.toBe(first.emulator.controlSecret);
    expect(fs.readFileSync(file, 'utf8')).toBe(second.emulator.controlSecret);
  });
});
