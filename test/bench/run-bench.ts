/**
 * `npm run bench`: the product's speed figures as one JSON object on stdout.
 * Not a test: nothing here passes or fails. Needs `npm run build` first (it runs it if dist/ is missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_SITE_ID } from '../../src/app/config';
import type { PlanId } from '../../src/domain/ids';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import { startEmulator } from '../../src/emulator/start-emulator';
import { hasChromium } from '../e2e/support/chromium';
import { setEmulatorFaults } from '../support/emulator-control';
import { measureBundle } from './bundle-size';
import { measureColdStart } from './cold-start';
import { measureGrid, type GridFigures } from './grid-render';
import { measurePlanLoad } from './plan-load';
import { measureLiveChanges } from './live-changes';
import { measureScale } from './scale';
import { measureSignOff } from './sign-off-cost';
import { startAppServer } from './support/app-server';
import { createBenchPlan } from './support/bench-plan';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const LATENCY_MS = 150;
const SIZES = [20, 2000] as const;

async function main() {
  if (!existsSync(path.join(dist, 'index.html')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const bundle = measureBundle(dist);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'jtai-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed: false, log: () => undefined });
  try {
    const store = createGraphPlanStore({
      graphBaseUrl: emulator.graphBaseUrl,
      siteId: LOCAL_SITE_ID,
      getToken: async () => 'demo.u-dcs',
    });
    await store.ensureSchema();
    const plans = { 20: await createBenchPlan(store, 20), 2000: await createBenchPlan(store, 2000) };
    await setEmulatorFaults(emulator, { latencyMs: LATENCY_MS });
    const planLoad = [];
    for (const n of SIZES) planLoad.push(await measurePlanLoad(emulator.graphBaseUrl, plans[n], n));
    const signOff = await measureSignOff(emulator.graphBaseUrl, plans[20]);
    const liveChanges = await measureLiveChanges(emulator.graphBaseUrl, plans[2000], plans[20]);
    const grid = hasChromium ? await gridFigures(emulator.url, plans) : 'skipped: no Chromium at /usr/bin/chromium';
    const coldStart = { latencyMs: LATENCY_MS, runs: await measureColdStart(dist, emulator.url, plans) };
    const exportFigures = await exportBench();
    const result = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      bundle,
      planLoad: { latencyMs: LATENCY_MS, runs: planLoad },
      graphRequestsVsItems: planLoad.map((r) => ({ items: r.itemsLoaded, requests: r.roundTrips })),
      signOff: { latencyMs: LATENCY_MS, ...signOff },
      liveChanges: { latencyMs: LATENCY_MS, ...liveChanges },
      coldStart,
      grid,
      export: exportFigures,
      scale: await measureScale(LATENCY_MS),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function gridFigures(emulatorUrl: string, plans: Record<(typeof SIZES)[number], PlanId>) {
  const app = await startAppServer(dist, emulatorUrl);
  try {
    const runs: GridFigures[] = [];
    for (const n of SIZES) runs.push(await measureGrid(app.url, plans[n], n));
    const [small, large] = runs as [GridFigures, GridFigures];
    return {
      runs,
      renderRatio: round(large.renderMs / small.renderMs),
      filterRatio: round(large.filterMs / small.filterMs),
      overviewRatio: round(large.overviewMs / small.overviewMs),
    };
  } finally {
    await app.close();
  }
}

/** The Word and Excel builders' own benchmark, when present. */
async function exportBench(): Promise<unknown> {
  const file = path.join(root, 'test/bench/export-bench.ts');
  if (!existsSync(file)) return 'not built yet';
  const output = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
