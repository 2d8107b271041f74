import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGraphPlanStore, type GraphPlanStoreOptions } from '../../../src/data/graph/graph-plan-store';
import type { PlanStore } from '../../../src/data/plan-store.port';
import { EMULATOR_SITE_ID, startEmulator, type RunningEmulator } from '../../../src/emulator/start-emulator';
import { emulatorControl, setEmulatorFaults } from '../../support/emulator-control';
import { recordingFetch, type RecordingFetch } from './recording-fetch';

export interface FaultSettings {
  readonly latencyMs?: number;
  readonly failNext?: { readonly status: 429 | 503 | 500; readonly count: number; readonly retryAfterSeconds?: number };
  readonly dropNext?: number;
}

export interface StoreUnderTest {
  readonly store: PlanStore;
  /** Every request this store sent, retries included. */
  readonly http: RecordingFetch;
}

/** The emulator running in this process on a free port, over a data directory of its own. */
export interface TestEmulator {
  readonly graphBaseUrl: () => string;
  /** A fresh adapter signed in as a demo persona, with its requests recorded. */
  storeAs(userId: string, options?: Partial<GraphPlanStoreOptions>): StoreUnderTest;
  setFaults(settings: FaultSettings): Promise<void>;
  /** A call to another control endpoint (`/_emulator/<path>`), with the run's secret. */
  control(path: string, init?: RequestInit): Promise<Response>;
  clearFaults(): Promise<void>;
  /** Stops the server and starts a new one over the same data directory and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestEmulator(): Promise<TestEmulator> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jtai-store-contract-'));
  let running: RunningEmulator = await startEmulator({ port: 0, dataDir, seed: false });
  return {
    graphBaseUrl: () => running.graphBaseUrl,
    storeAs(userId, options = {}) {
      // A fetch given in the options answers the recorded requests (say, a server that behaves differently).
      const given = options.fetch;
      const http = recordingFetch(
        given &&
          ((r) => given(r.url, { method: r.method, headers: r.headers, ...(r.body === null ? {} : { body: r.body }) })),
      );
      const store = createGraphPlanStore({
        graphBaseUrl: running.graphBaseUrl,
        siteId: EMULATOR_SITE_ID,
        getToken: async () => `demo.${userId}`,
        retry: { maxRetries: 3, delaySeconds: 0 },
        ...options,
        fetch: http.fetch,
      });
      return { store, http };
    },
    setFaults: (settings) => setEmulatorFaults(running, settings),
    control: (path, init) => emulatorControl(running, path, init),
    clearFaults: () => setEmulatorFaults(running, null),
    async restart() {
      const port = Number(new URL(running.url).port);
      await running.close();
      // Let this process's HTTP clients see their pooled connections close; otherwise the next
      // request reuses a dead keep-alive socket and fails as a network drop.
      await new Promise((resolve) => setTimeout(resolve, 50));
      running = await startEmulator({ port, dataDir, seed: false });
    },
    async stop() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
