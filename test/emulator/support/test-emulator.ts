import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { IsoDate } from '../../../src/domain/dates';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/start-emulator';
import { graphClient, type GraphClient } from './graph-client';

export interface TestEmulator {
  readonly emulator: RunningEmulator;
  readonly dataDir: string;
  readonly graph: GraphClient;
}

const started: { emulator: RunningEmulator; dataDir: string }[] = [];

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'jtai-emulator-'));
}

/** An in-process emulator on a random port with its own temp data dir, closed after each test. */
export async function startTestEmulator(
  options: { seed?: boolean; dataDir?: string; latencyMs?: number; seedToday?: IsoDate } = {},
): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? tempDataDir();
  const latency = options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs };
  const seedToday = options.seedToday === undefined ? {} : { seedToday: options.seedToday };
  const emulator = await startEmulator({ port: 0, dataDir, seed: options.seed ?? false, ...latency, ...seedToday });
  started.push({ emulator, dataDir });
  return { emulator, dataDir, graph: graphClient(emulator.url, emulator.controlSecret) };
}

afterEach(async () => {
  for (const { emulator, dataDir } of started.splice(0)) {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
