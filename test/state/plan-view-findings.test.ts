import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingId, PlanId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view-store';
import { startSeededEmulator, storeFor } from '../ui/support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
let emulator: RunningEmulator;
let stop: () => Promise<void>;

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());

let n = 0;
async function openAs(persona: string) {
  const view = createPlanViewStore({
    store: storeFor(emulator, persona),
    userId: persona as never,
    userName: persona,
    ids: idSource(() => `${persona}-f${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending: memoryPendingEditStorage(),
  });
  await view.getState().open(PLAN);
  return view;
}

const storedFindings = async () => (await storeFor(emulator, 'u-dcs').loadPlan(PLAN)).findings.map((f) => f.value);
const findingIn = (view: Awaited<ReturnType<typeof openAs>>, id: FindingId) =>
  view.getState().snapshot!.findings.find((f) => f.id === id);

describe('findings added, changed and deleted by hand', () => {
  it('lets the DCS add a finding after the others, then change and delete it', async () => {
    const dcs = await openAs('u-dcs');
    const before = dcs.getState().snapshot!.findings;
    expect(
      await dcs.getState().addFinding({ type: 'priority-action', text: 'Strategic leaders must act on neglect.' }),
    ).toEqual({ status: 'done' });
    const added = dcs.getState().snapshot!.findings.at(-1)!;
    expect(added).toMatchObject({
      type: 'priority-action',
      text: 'Strategic leaders must act on neglect.',
      order: Math.max(...before.map((f) => f.order)) + 1,
    });
    expect((await storedFindings()).find((f) => f.id === added.id)).toEqual(added);

    expect(await dcs.getState().editFinding(added.id, { type: 'improvement', text: 'Leaders must act.' })).toEqual({
      status: 'done',
    });
    expect((await storedFindings()).find((f) => f.id === added.id)).toMatchObject({
      type: 'improvement',
      text: 'Leaders must act.',
    });

    expect(await dcs.getState().deleteFinding(added.id)).toEqual({ status: 'done' });
    expect(findingIn(dcs, added.id)).toBeUndefined();
    expect((await storedFindings()).some((f) => f.id === added.id)).toBe(false);
  });

  it('refuses to delete a finding that has actions, and keeps it', async () => {
    const dcs = await openAs('u-dcs');
    const answered = dcs.getState().snapshot!.actions[0]!.findingId;
    const outcome = await dcs.getState().deleteFinding(answered);
    expect(outcome).toMatchObject({ status: 'refused', message: expect.stringMatching(/so it cannot be deleted/) });
    expect((await storedFindings()).some((f) => f.id === answered)).toBe(true);
  });

  it('refuses an agency owner, and an empty finding', async () => {
    const police = await openAs('u-police-owner');
    expect(await police.getState().addFinding({ type: 'strength', text: 'Good work.' })).toEqual({
      status: 'refused',
      message: 'Only the plan admins (the DCS and the improvement lead) can add, change or delete findings.',
    });
    const dcs = await openAs('u-dcs');
    expect(await dcs.getState().addFinding({ type: 'strength', text: '  ' })).toEqual({
      status: 'invalid',
      message: 'Enter the finding’s words, as the letter puts them.',
    });
  });

  it('does not overwrite a change saved meanwhile: theirs is shown, and saving again replaces it', async () => {
    const mine = await openAs('u-dcs');
    const theirs = await openAs('u-improvement-lead');
    const { findings, actions } = mine.getState().snapshot!;
    const { id, type } = findings.find((f) => !actions.some((a) => a.findingId === f.id))!;
    expect(await theirs.getState().editFinding(id, { type, text: 'Their words.' })).toEqual({
      status: 'done',
    });
    const outcome = await mine.getState().editFinding(id, { type, text: 'My words.' });
    expect(outcome).toMatchObject({ status: 'conflict', message: expect.stringMatching(/Their version is now/) });
    expect(findingIn(mine, id)?.text).toBe('Their words.');
    expect((await storedFindings()).find((f) => f.id === id)?.text).toBe('Their words.');
    expect(await mine.getState().editFinding(id, { type, text: 'My words.' })).toEqual({
      status: 'done',
    });
    expect((await storedFindings()).find((f) => f.id === id)?.text).toBe('My words.');
  });
});

describe('archiving the plan', () => {
  it('lets the DCS archive and restore it', async () => {
    const dcs = await openAs('u-dcs');
    expect(await dcs.getState().setArchived(true)).toEqual({ status: 'done' });
    expect(dcs.getState().snapshot!.plan.archived).toBe(true);
    expect((await storeFor(emulator, 'u-dcs').loadPlan(PLAN)).plan.value.archived).toBe(true);
    expect(await dcs.getState().setArchived(false)).toEqual({ status: 'done' });
    expect((await storeFor(emulator, 'u-dcs').loadPlan(PLAN)).plan.value.archived).toBe(false);
  });

  it('refuses anyone but a plan admin', async () => {
    const partner = await openAs('u-partner-police');
    expect(await partner.getState().setArchived(true)).toEqual({
      status: 'refused',
      message: 'Only the plan admins (the DCS and the improvement lead) can archive or restore the plan.',
    });
  });

  it('explains a conflict, keeps the other change, and archives on the next try', async () => {
    const mine = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const agencies = lead.getState().snapshot!.plan.agencies;
    const renamed = agencies.map((a) => (a.key === 'police' ? { ...a, name: 'Metropolitan Police Service' } : a));
    expect(await lead.getState().saveAgencies(renamed)).toEqual({ status: 'done' });

    const outcome = await mine.getState().setArchived(true);
    expect(outcome).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Someone else changed this plan while you had it open\..*nothing has been lost/),
    });
    expect(mine.getState().snapshot!.plan.agencies).toEqual(renamed);
    expect(mine.getState().snapshot!.plan.archived).toBe(false);

    expect(await mine.getState().setArchived(true)).toEqual({ status: 'done' });
    const stored = (await storeFor(emulator, 'u-dcs').loadPlan(PLAN)).plan.value;
    expect(stored).toMatchObject({ archived: true, agencies: renamed });
    expect(await mine.getState().setArchived(false)).toEqual({ status: 'done' });
  });
});
