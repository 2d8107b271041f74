import type { Page, Request } from 'playwright-core';
import type { PlanId } from '../../src/domain/ids';
import { hasChromium, launchBrowser } from '../e2e/support/chromium';
import { startAppServer } from './support/app-server';

export interface ColdStartRun {
  readonly actions: number;
  /** From navigation until the site's lists (and /me beside them) had answered. */
  readonly siteAndListsMs: number;
  /** From navigation until the plan's `$batch` had answered. */
  readonly planBatchMs: number;
  /** From navigation until the grid's first row was on screen. */
  readonly firstRowMs: number;
  /** The longest chain of Graph requests, each sent after the one before answered, before the first row. */
  readonly sequentialRoundTrips: number;
  /** Graph requests answered before the first row. */
  readonly requestsBeforeFirstRow: number;
}

interface Timed {
  readonly request: Request;
  readonly sentMs: number;
  readonly depth: number;
  answeredMs: number | null;
}

const LISTS_READ = /\/lists\?\$select=id,displayName|\$expand=lists/;

/** Whether a `$batch` reads a plan's items (rather than watching its lists for changes). */
const isPlanBatch = (request: Request) =>
  request.url().endsWith('/$batch') &&
  /PlanId/.test(request.postData() ?? '') &&
  !/delta/.test(request.postData() ?? '');

/** Records the page's Graph requests with when each was sent and answered, from `started`. */
function recordGraph(page: Page, started: number): Timed[] {
  const timed: Timed[] = [];
  const deepestAnswered = () => Math.max(0, ...timed.filter((t) => t.answeredMs !== null).map((t) => t.depth));
  page.on('request', (request) => {
    if (!request.url().includes('/graph/')) return;
    timed.push({ request, sentMs: Date.now() - started, depth: deepestAnswered() + 1, answeredMs: null });
  });
  const answered = (request: Request) => {
    const entry = timed.find((t) => t.request === request);
    if (entry) entry.answeredMs = Date.now() - started;
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  return timed;
}

/** One cold start, as the DCS, on a plan's grid, in a browser with nothing cached. */
async function coldStart(appUrl: string, planId: PlanId, actions: number): Promise<ColdStartRun> {
  const context = await launchBrowser();
  try {
    const page = await context.newPage();
    const started = Date.now();
    const timed = recordGraph(page, started);
    await page.goto(`${appUrl}/?as=u-dcs#/plans/${planId}/grid`);
    await page.getByRole('table', { name: 'Actions' }).getByRole('link').first().waitFor({ timeout: 60_000 });
    const firstRowMs = Date.now() - started;
    const before = timed.filter((t) => t.answeredMs !== null && t.answeredMs <= firstRowMs);
    const answeredAt = (match: (t: Timed) => boolean) => before.find(match)?.answeredMs ?? -1;
    return {
      actions,
      siteAndListsMs: Math.max(
        answeredAt((t) => LISTS_READ.test(t.request.url())),
        answeredAt((t) => t.request.url().includes('/me?')),
      ),
      planBatchMs: answeredAt((t) => isPlanBatch(t.request)),
      firstRowMs,
      sequentialRoundTrips: Math.max(0, ...before.map((t) => t.depth)),
      requestsBeforeFirstRow: before.length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Cold start step by step (site and lists, the plan's `$batch`, the first row), for each plan,
 * against the production build served as a tenant would serve it, at the emulator's latency.
 */
export async function measureColdStart(
  distDir: string,
  emulatorUrl: string,
  plans: Readonly<Record<number, PlanId>>,
): Promise<ColdStartRun[] | string> {
  if (!hasChromium) return 'skipped: no Chromium at /usr/bin/chromium';
  const app = await startAppServer(distDir, emulatorUrl);
  try {
    const runs: ColdStartRun[] = [];
    for (const [actions, planId] of Object.entries(plans)) runs.push(await coldStart(app.url, planId, Number(actions)));
    return runs;
  } finally {
    await app.close();
  }
}
