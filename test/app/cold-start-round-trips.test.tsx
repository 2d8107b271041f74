// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_SITE_ID, LOCAL_SITE_PATH } from '../../src/app/config';
import { openKnownSite } from '../../src/app/open-site';
import { Root } from '../../src/app/root';
import { prepareSiteServices } from '../../src/app/site-services';
import { LISTS } from '../../src/data/sharepoint/list-schema';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { HARINGEY_PLAN_ID } from '../../src/emulator/seed/haringey-2018';
import { loadGovernanceEngine } from '../../src/state/lazy-governance-engine';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { rawGraph } from '../data/support/raw-graph';
import { setEmulatorFaults } from '../support/emulator-control';
import { SEEDED_NOW, startSeededEmulator } from '../ui/support/render-app';
import { recordRoundTrips, type RoundTripLog } from './support/round-trips';

/**
 * From start to the plan's first row, each Graph request is at most the third in a chain of
 * requests waiting on one another: the site's lists (with /me beside them), the plan's `$batch`,
 * and at most one more. The site's finer check (columns, settings, folder) comes after.
 */

let emulator: RunningEmulator;
let stop: () => Promise<void>;
let log: RoundTripLog;

beforeAll(async () => {
  // jsdom does no layout; give the grid's scroller a viewport so rows are rendered.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  // As a browser with the app cached: the count is of Graph round trips, not of compiling chunks.
  await Promise.all([import('../../src/ui/plan-screens'), loadGovernanceEngine()]);
});
afterAll(() => vi.restoreAllMocks());

beforeEach(async () => {
  ({ emulator, stop } = await startSeededEmulator());
  // Every answer is slow, so requests sent together are in flight together, as over a real network.
  await setEmulatorFaults(emulator, { latencyMs: 40 });
  log = recordRoundTrips(emulator.graphBaseUrl);
});
afterEach(async () => {
  cleanup();
  log.stop();
  await stop();
});

/** Starts the tab as `npm start` does (main.tsx), signed in as the DCS, on the plan's grid. */
async function startOnGrid() {
  window.location.hash = `#/plans/${HARINGEY_PLAN_ID}/grid`;
  const getToken = async () => 'demo.u-dcs';
  const siteUrl = `${emulator.url}${LOCAL_SITE_PATH}`;
  const graph = { graphBaseUrl: emulator.graphBaseUrl, siteId: LOCAL_SITE_ID, getToken };
  const opened = await openKnownSite({ ...graph, webUrl: siteUrl });
  const { store, siteSetup, checkSite } = await prepareSiteServices(
    { ...graph, siteUrl, getSharePointToken: getToken },
    opened.store,
    opened.lists,
  );
  render(
    <Root
      deps={{
        store,
        siteSetup,
        siteUrl,
        user: opened.user,
        host: 'standalone',
        pending: memoryPendingEditStorage(),
        now: () => SEEDED_NOW,
        afterFirstView: checkSite,
      }}
    />,
  );
}

/**
 * The moment (on the round-trip log's clock) the page first shows `text`: taken when the DOM changes,
 * not when a test's polling next looks, which on a busy machine can be after later requests began.
 */
function momentShown(text: string): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.body.textContent?.includes(text)) return;
      observer.disconnect();
      resolve(log.now());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

describe('a cold start on a plan’s grid', () => {
  it('shows the first row after at most 3 sequential round trips, reading the list ids once', async () => {
    const shown = momentShown('Second two detective constables');
    await startOnGrid();
    const table = await screen.findByRole('table', { name: 'Actions' }, { timeout: 10_000 });
    expect(await within(table).findByRole('link', { name: /Second two detective constables/ })).toBeVisible();
    const firstRow = await shown;

    expect(log.sequentialBefore(firstRow)).toBeLessThanOrEqual(3);
    expect(log.requests().filter((r) => r.before(firstRow) && r.isListsRead)).toHaveLength(1);
    // The site check still runs, once the grid is on screen.
    await waitFor(() => expect(log.requests().some((r) => r.url.includes('$expand=columns'))).toBe(true));
    const check = log.requests().find((r) => r.url.includes('$expand=columns'));
    expect(check?.before(firstRow)).toBe(false);
  });

  it('still opens on "Set up this site" when a column has been turned rich text', async () => {
    const graph = rawGraph(() => emulator.graphBaseUrl);
    const columnsPath = `/sites/${EMULATOR_SITE_ID}/lists/${encodeURIComponent(LISTS.findings.displayName)}/columns`;
    const columns = (await graph('GET', columnsPath)).body['value'] as Record<string, unknown>[];
    const column = columns.find((c) => c['name'] === 'SubItemsJson');
    await graph('PATCH', `${columnsPath}/${String(column?.['id'])}`, { body: { text: { textType: 'richText' } } });

    await startOnGrid();
    await waitFor(() => expect(window.location.hash).toBe('#/site-setup'), { timeout: 10_000 });
    expect(
      await screen.findByText(/^Make the column “SubItemsJson” in “JTAI Findings” plain text again/),
    ).toBeVisible();
  });
});
