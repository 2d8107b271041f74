import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { SITE } from './support/graph-client';
import { startTestEmulator } from './support/test-emulator';

interface Reply {
  readonly status: number;
  readonly connection: string | undefined;
}

/**
 * Starts a POST that announces `declared` bytes but sends only the first kilobyte, and resolves
 * with the answer the server gives without waiting for the rest.
 */
function postBeginning(agent: http.Agent, url: string, declared: number, token: string | null): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      agent,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(declared),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
    });
    request.on('error', reject);
    request.write('{"displayName":"' + 'x'.repeat(1000));
  });
}

function get(agent: http.Agent, url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { Authorization: `Bearer ${token}` } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

describe('request bodies the emulator refuses', () => {
  it('refuses a caller without a token before reading their body, and closes that connection', async () => {
    const { emulator } = await startTestEmulator();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const lists = `${emulator.url}/v1.0${SITE}/lists`;
    // 100 MB announced: were the body read first, the answer would be 413 after taking it in.
    const reply = await postBeginning(agent, lists, 100 * 1024 * 1024, null);
    expect(reply).toEqual({ status: 401, connection: 'close' });
    expect(await get(agent, lists, 'demo.u-dcs')).toBe(200);
    agent.destroy();
  });

  it('refuses a body over the limit from its declared length, and the next request on the same client succeeds', async () => {
    const { emulator } = await startTestEmulator();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const lists = `${emulator.url}/v1.0${SITE}/lists`;
    const reply = await postBeginning(agent, lists, 9 * 1024 * 1024, 'demo.u-dcs');
    expect(reply).toEqual({ status: 413, connection: 'close' });
    expect(await get(agent, lists, 'demo.u-dcs')).toBe(200);
    agent.destroy();
  });
});
