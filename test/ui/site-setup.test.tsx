// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServices } from '../../src/app/build-services';
import { LOCAL_SITE_ID, LOCAL_SITE_PATH } from '../../src/app/config';
import { prepareSiteServices } from '../../src/app/site-services';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { App } from '../../src/ui/app';
import { HARINGEY_PLAN_ID } from '../../src/emulator/seed/haringey-2018';
import { storeFor } from './support/render-app';

let emulator: RunningEmulator;
let dataDir: string;
beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'jtai-ui-setup-'));
  emulator = await startEmulator({ port: 0, dataDir, seed: false });
});
afterEach(async () => {
  cleanup();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the tab as `npm run emulator -- --no-seed` would, signed in as a persona. */
async function startAs(personaId: string) {
  window.location.hash = '#/plans';
  const getToken = async () => `demo.${personaId}`;
  const graphStore = storeFor(emulator, personaId);
  const { store, siteSetup } = await prepareSiteServices(
    {
      graphBaseUrl: emulator.graphBaseUrl,
      siteId: LOCAL_SITE_ID,
      siteUrl: `${emulator.url}${LOCAL_SITE_PATH}`,
      getToken,
      getSharePointToken: getToken,
    },
    graphStore,
  );
  const services = buildServices({
    store,
    siteSetup,
    user: await graphStore.whoAmI(),
    host: 'standalone',
    pending: memoryPendingEditStorage(),
  });
  render(<App services={{ ...services, theme: 'light', setTheme: () => undefined }} />);
}

describe('"Set up this site" on an empty site', () => {
  it('opens for a site owner, lists what it will create, and sets the site up with a clear result', async () => {
    await startAs('u-dcs');
    expect(window.location.hash).toBe('#/site-setup');
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up this site' })).toBeVisible();
    const changes = within(screen.getByRole('region', { name: 'What will be created or upgraded' }));
    expect(
      changes.getByText('Create the list “JTAI Plans” with 16 columns, its Modified column indexed'),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    expect(await screen.findByText('Setup finished', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(/changes were made to the lists/);
    expect(await screen.findByText('This site is set up')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Go to the plans' }));
    expect(await screen.findByText('There are no plans on this site yet.')).toBeVisible();
  });

  it('tells someone who does not own the site to ask an owner, with no setup button', async () => {
    await startAs('u-police-owner');
    expect(await screen.findByText('Ask a site owner to set up this site')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Set up this site' })).toBeNull();
    expect(screen.getByRole('link', { name: `${emulator.url}${LOCAL_SITE_PATH}` })).toBeVisible();
  });
});

describe('re-applying permissions on a set-up site', () => {
  it('lets a site owner re-apply one plan’s permissions; the second time nothing changes', async () => {
    await emulator.close();
    emulator = await startEmulator({ port: 0, dataDir, seed: true, reset: true });
    // The seed applied the plan's permissions; a member changed since (without a resync) makes work for a re-apply.
    const dcs = storeFor(emulator, 'u-dcs');
    const loaded = await dcs.loadPlan(HARINGEY_PLAN_ID);
    const leaving = loaded.members.find((m) => m.value.userId === 'u-education-qa')!;
    await dcs.removeMember(leaving.value.id, leaving.version);
    await startAs('u-dcs');
    window.location.hash = '#/site-setup';
    expect(await screen.findByText('This site is set up')).toBeVisible();
    const section = within(await screen.findByRole('region', { name: 'Item permissions' }));
    expect(section.getByRole('combobox', { name: 'Plan' })).toHaveDisplayValue(/Haringey/);
    await userEvent.click(section.getByRole('button', { name: 'Re-apply permissions' }));
    expect(await section.findByRole('status', {}, { timeout: 15_000 })).toHaveTextContent(
      /were applied \(\d+ changes\)/,
    );
    await userEvent.click(section.getByRole('button', { name: 'Re-apply permissions' }));
    expect(await section.findByText(/were already as planned; nothing changed/, {}, { timeout: 15_000 })).toBeVisible();
  });
});
