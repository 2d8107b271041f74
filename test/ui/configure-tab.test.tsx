// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { pages } from '@microsoft/teams-js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCAL_SITE_ID, LOCAL_SITE_PATH } from '../../src/app/config';
import { showTabConfiguration } from '../../src/app/configure-tab-start';
import { createGraphSiteSetup } from '../../src/data/graph/graph-site-setup';
import type { PlanStore } from '../../src/data/plan-store.port';
import { StoreError } from '../../src/data/store-error';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator';
import { STANDALONE_HOST } from '../../src/host/host-kind';
import { createTeamsMock } from '../host/teams-mock';
import { storeFor } from './support/render-app';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);
Object.assign(teams, createTeamsMock());
teams.app.initialize.mockResolvedValue();

let emulator: RunningEmulator;
let dataDir: string;
let root: Root | null = null;

beforeEach(async () => {
  vi.clearAllMocks();
  dataDir = mkdtempSync(path.join(tmpdir(), 'jtai-ui-configure-'));
  emulator = await startEmulator({ port: 0, dataDir, seed: false });
});
afterEach(async () => {
  act(() => root?.unmount());
  root = null;
  cleanup();
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const siteUrl = () => `${emulator.url}${LOCAL_SITE_PATH}`;

/** Opens the configuration page as Teams would, signed in as a persona; `store` stands in for the plan store. */
async function openConfiguration(personaId: string, wrap: (store: PlanStore) => PlanStore = (s) => s) {
  const getToken = async () => `demo.${personaId}`;
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  await act(() =>
    showTabConfiguration(root!, {
      host: { ...STANDALONE_HOST, kind: 'teams', hostName: 'teams' },
      graphBaseUrl: emulator.graphBaseUrl,
      siteId: LOCAL_SITE_ID,
      siteUrl: siteUrl(),
      appUrl: 'https://jtai.example.org',
      store: wrap(storeFor(emulator, personaId)),
      getToken,
      getSharePointToken: getToken,
    }),
  );
  const onSave = teams.pages.config.registerOnSaveHandler.mock.calls.at(-1)![0] as (e: pages.config.SaveEvent) => void;
  return {
    /** Selects Teams' Save; resolves with what the page told Teams. */
    save(): Promise<string> {
      return new Promise<string>((resolve) => {
        onSave({
          result: {},
          notifySuccess: () => resolve('success'),
          notifyFailure: (why) => resolve(`failure: ${why}`),
        });
      });
    },
    saveEnabled: () => teams.pages.config.setValidityState.mock.calls.at(-1)?.[0] === true,
  };
}

async function setUpSiteAs(personaId: string) {
  const getToken = async () => `demo.${personaId}`;
  await createGraphSiteSetup({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: LOCAL_SITE_ID,
    siteUrl: siteUrl(),
    getToken,
  }).setUp(() => undefined);
}

async function startNewPlan(title: string) {
  await userEvent.click(await screen.findByRole('radio', { name: 'Start a new plan' }));
  await userEvent.type(screen.getByRole('textbox', { name: /Title of the new plan/ }), title);
}

const plansOnSite = async () => (await storeFor(emulator, 'u-dcs').listPlans()).map((p) => p.value);

describe('adding the channel tab to a team whose site is not set up', () => {
  it('lets a site owner set the site up from the configuration page, then start a plan and save the tab', async () => {
    const page = await openConfiguration('u-dcs');
    expect(await screen.findByRole('heading', { name: 'Set up this site first' })).toBeVisible();
    expect(page.saveEnabled()).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    expect(await screen.findByText(/This site is set up. Now choose a plan/, {}, { timeout: 15_000 })).toBeVisible();
    expect(await screen.findByText('There are no plans on this site yet.')).toBeVisible();

    await startNewPlan('Enfield JTAI 2026');
    expect(page.saveEnabled()).toBe(true);
    await expect(page.save()).resolves.toBe('success');

    const [plan, ...others] = await plansOnSite();
    expect(others).toEqual([]);
    expect(plan).toMatchObject({ title: 'Enfield JTAI 2026' });
    expect(teams.pages.config.setConfig).toHaveBeenCalledWith({
      entityId: plan!.id,
      contentUrl: `https://jtai.example.org/#/plans/${plan!.id}`,
      websiteUrl: `https://jtai.example.org/#/plans/${plan!.id}`,
      suggestedDisplayName: 'Enfield JTAI 2026',
    });
    const members = (await storeFor(emulator, 'u-dcs').loadPlan(plan!.id)).members.map((m) => m.value);
    expect(members).toEqual([expect.objectContaining({ userId: 'u-dcs', role: 'plan-admin' })]);
  });

  it('tells a team member who does not own the site who can set it up, and offers no set-up or Save', async () => {
    const page = await openConfiguration('u-police-owner');
    expect(await screen.findByText('Ask a site owner to set up this site')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Set up this site' })).toBeNull();
    const owners = await screen.findByRole('region', { name: 'The site’s owners' });
    expect(owners).toHaveTextContent('Amara Okafor');
    expect(owners).toHaveTextContent('Tom Reilly');
    expect(page.saveEnabled()).toBe(false);

    await setUpSiteAs('u-dcs');
    await userEvent.click(screen.getByRole('button', { name: 'Check the site again' }));
    expect(await screen.findByRole('radio', { name: 'Start a new plan' })).toBeInTheDocument();
  });
});

describe('starting a plan from the configuration page', () => {
  it('finishes the same plan when Save is selected again after a failure that came after the plan was made', async () => {
    await setUpSiteAs('u-dcs');
    let failures = 1;
    const page = await openConfiguration('u-dcs', (store) => ({
      ...store,
      async addMembers(members) {
        if (failures-- > 0) throw new StoreError('server', 'SharePoint had a problem.');
        return store.addMembers(members);
      },
    }));
    await startNewPlan('Enfield JTAI 2026');
    expect(await page.save()).toMatch(/^failure: .*Select Save again: the same plan will be finished/);
    expect(await screen.findByRole('alert')).toHaveTextContent('The plan could not be started');
    expect(await plansOnSite()).toHaveLength(1);

    await expect(page.save()).resolves.toBe('success');
    const plans = await plansOnSite();
    expect(plans.map((p) => p.title)).toEqual(['Enfield JTAI 2026']);
    const members = (await storeFor(emulator, 'u-dcs').loadPlan(plans[0]!.id)).members;
    expect(members.map((m) => m.value.role)).toEqual(['plan-admin']);
  });

  it('makes one plan when Save is selected twice at once, and refuses a title another plan has', async () => {
    await setUpSiteAs('u-dcs');
    const page = await openConfiguration('u-dcs');
    await startNewPlan('Enfield JTAI 2026');
    await expect(Promise.all([page.save(), page.save()])).resolves.toEqual(['success', 'success']);
    expect((await plansOnSite()).map((p) => p.title)).toEqual(['Enfield JTAI 2026']);

    act(() => root?.unmount());
    cleanup();
    const again = await openConfiguration('u-dcs');
    await startNewPlan('enfield  JTAI 2026');
    expect(await screen.findByText(/A plan called “Enfield JTAI 2026” is already on this site/)).toBeVisible();
    expect(again.saveEnabled()).toBe(false);
    await userEvent.click(screen.getByRole('radio', { name: 'Enfield JTAI 2026' }));
    expect(again.saveEnabled()).toBe(true);
  });
});
