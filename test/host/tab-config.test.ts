import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { pages } from '@microsoft/teams-js';
import { createTeamsMock } from './teams-mock';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);

const settings = {
  entityId: 'plan-haringey-2018',
  contentUrl: 'https://jtai.example.org/#/plans/plan-haringey-2018',
  websiteUrl: 'https://jtai.example.org/#/plans/plan-haringey-2018',
  suggestedDisplayName: 'Haringey JTAI 2018: abuse and neglect',
};

function saveEvent() {
  let settle: (outcome: string) => void = () => undefined;
  const outcome = new Promise<string>((resolve) => (settle = resolve));
  const event: pages.config.SaveEvent = {
    result: {},
    notifySuccess: () => settle('success'),
    notifyFailure: (reason) => settle(`failure: ${reason}`),
  };
  return { event, outcome };
}

describe('channel tab configuration', () => {
  beforeEach(() => {
    vi.resetModules();
    Object.assign(teams, createTeamsMock());
    teams.app.initialize.mockResolvedValue();
  });

  async function start() {
    const { startTabConfiguration } = await import('../../src/host/teams/tab-config');
    const configuration = await startTabConfiguration();
    const onSave = teams.pages.config.registerOnSaveHandler.mock.calls[0]![0] as (e: pages.config.SaveEvent) => void;
    return { configuration, onSave };
  }

  it('keeps Save disabled until a plan is chosen', async () => {
    const { configuration } = await start();
    expect(teams.pages.config.setValidityState).toHaveBeenLastCalledWith(false);
    configuration.choose(async () => settings);
    expect(teams.pages.config.setValidityState).toHaveBeenLastCalledWith(true);
    configuration.choose(null);
    expect(teams.pages.config.setValidityState).toHaveBeenLastCalledWith(false);
  });

  it('on Save records the plan as the tab’s entity id with its content and website URLs', async () => {
    const { configuration, onSave } = await start();
    configuration.choose(async () => settings);
    const { event, outcome } = saveEvent();
    onSave(event);
    await expect(outcome).resolves.toBe('success');
    expect(teams.pages.config.setConfig).toHaveBeenCalledWith({
      ...settings,
      suggestedDisplayName: 'Haringey JTAI 2018: abuse and neglect',
    });
  });

  it('shortens a long plan title for the tab name', async () => {
    const { configuration, onSave } = await start();
    const long = 'Haringey joint targeted area inspection 2026: children at risk of exploitation and missing from home';
    configuration.choose(async () => ({ ...settings, suggestedDisplayName: long }));
    const { event, outcome } = saveEvent();
    onSave(event);
    await outcome;
    const name = (teams.pages.config.setConfig.mock.calls[0] as unknown as [{ suggestedDisplayName: string }])[0]
      .suggestedDisplayName;
    expect(name.length).toBeLessThanOrEqual(61);
    expect(name.endsWith('…')).toBe(true);
  });

  it('tells Teams why Save failed, in words', async () => {
    const { configuration, onSave } = await start();
    configuration.choose(async () => {
      throw new Error('You cannot create plans on this site.');
    });
    const { event, outcome } = saveEvent();
    onSave(event);
    await expect(outcome).resolves.toBe('failure: You cannot create plans on this site.');
    expect(teams.pages.config.setConfig).not.toHaveBeenCalled();
  });
});
