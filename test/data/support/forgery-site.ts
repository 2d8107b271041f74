import { afterAll, beforeAll } from 'vitest';
import type { PlanStore } from '../../../src/data/plan-store.port';
import type { PlanId } from '../../../src/domain/ids';
import type { PlanViewState } from '../../../src/state/plan-view/plan-view-store';
import { openAs } from '../../state/governance-setup';
import { rawGraph, type RawGraph } from './raw-graph';
import { startTestEmulator, type TestEmulator } from './test-emulator';

/** A site for one test file's forgeries: the emulator with the lists set up, its adapter per persona, and raw HTTP. */
export interface ForgerySite {
  /** The app's adapter, signed in as a demo persona. */
  storeFor(persona: string): PlanStore;
  /** Requests written by hand, as anyone with a token could send them. */
  readonly graph: RawGraph;
  /** The plan as `persona` sees it in the app, once its items are checked against their history. */
  viewAs(persona: string, planId: PlanId): Promise<PlanViewState>;
}

/**
 * Starts the emulator before the file's tests, sets up its lists as the DCS, and stops it after
 * them. Call at the file's top level; use the result inside a test or hook.
 */
export function forgerySitePerFile(): ForgerySite {
  let emulator: TestEmulator | null = null;
  let graph: RawGraph | null = null;
  const running = () => {
    if (!emulator) throw new Error('The emulator starts before the tests; use the site inside one.');
    return emulator;
  };
  beforeAll(async () => {
    emulator = await startTestEmulator();
    await emulator.storeAs('u-dcs').store.ensureSchema();
    graph = rawGraph(emulator.graphBaseUrl);
  });
  afterAll(async () => emulator?.stop());
  return {
    storeFor: (persona) => running().storeAs(persona).store,
    viewAs: async (persona, planId) => (await openAs((p) => running().storeAs(p).store, persona, planId)).getState(),
    get graph() {
      running();
      return graph!;
    },
  };
}
