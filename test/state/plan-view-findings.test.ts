import { describe, expect, it } from 'vitest';
import type { FindingType } from '../../src/domain/finding';
import type { FindingId, PlanId } from '../../src/domain/ids';
import { resolveConflicts } from '../../src/domain/merge/three-way-merge';
import { idSource } from '../../src/domain/ids';
import { memoryPendingEditStorage } from '../../src/state/pending-edits';
import { createPlanViewStore } from '../../src/state/plan-view/plan-view-store';
import { seededEmulatorPerFile, storeFor } from '../ui/support/render-app';

const PLAN = 'plan-haringey-2018' as PlanId;
const seeded = seededEmulatorPerFile();

let n = 0;
async function openAs(persona: string) {
  const view = createPlanViewStore({
    store: storeFor(seeded.emulator, persona),
    userId: persona as never,
    userName: persona,
    ids: idSource(() => `${persona}-f${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending: memoryPendingEditStorage(),
  });
  await view.getState().open(PLAN);
  return view;
}

const storedFindings = async () =>
  (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).findings.map((f) => f.value);
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
});

/** A finding no action answers, so any type suits it. */
const unanswered = (view: Awaited<ReturnType<typeof openAs>>, nth = 0) => {
  const { findings, actions } = view.getState().snapshot!;
  return findings.filter((f) => !actions.some((a) => a.findingId === f.id))[nth]!;
};
const otherType = (type: FindingType): FindingType => (type === 'improvement' ? 'priority-action' : 'improvement');

describe('a finding two admins change at once', () => {
  it('keeps both when one changes the words and the other the type, asking nothing', async () => {
    const dcs = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const opened = unanswered(dcs, 0);
    expect(await lead.getState().editFinding(opened.id, { type: opened.type, text: 'The lead’s words.' })).toEqual({
      status: 'done',
    });
    // The DCS's screen still shows the finding as it was: the store's 412 brings the lead's words in.
    const type = otherType(opened.type);
    expect(await dcs.getState().editFinding(opened.id, { type, text: opened.text })).toEqual({ status: 'done' });
    expect((await storedFindings()).find((f) => f.id === opened.id)).toMatchObject({ type, text: 'The lead’s words.' });
    expect(findingIn(dcs, opened.id)).toMatchObject({ type, text: 'The lead’s words.' });
  });

  it('merges a change the screen already shows, made after the editor opened', async () => {
    const dcs = await openAs('u-dcs');
    const opened = unanswered(dcs, 1);
    const lead = await openAs('u-improvement-lead');
    const type = otherType(opened.type);
    expect(await lead.getState().editFinding(opened.id, { type, text: opened.text })).toEqual({ status: 'done' });
    await dcs.getState().reload();
    expect(
      await dcs.getState().editFinding(opened.id, { type: opened.type, text: 'The DCS’s words.' }, opened),
    ).toEqual({ status: 'done' });
    expect((await storedFindings()).find((f) => f.id === opened.id)).toMatchObject({ type, text: 'The DCS’s words.' });
  });

  it('asks only about the words when both changed them, keeping the type only the other changed', async () => {
    const dcs = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const opened = unanswered(dcs, 2);
    const type = otherType(opened.type);
    expect(await lead.getState().editFinding(opened.id, { type, text: 'Their words.' })).toEqual({ status: 'done' });

    const outcome = await dcs.getState().editFinding(opened.id, { type: opened.type, text: 'My words.' }, opened);
    expect(outcome).toMatchObject({
      status: 'conflict',
      message: expect.stringMatching(/while you were editing it.*You both changed the finding’s words: choose/),
    });
    if (outcome.status !== 'conflict') return;
    const { merge, theirs, mine, who } = outcome.conflict;
    expect(['Tom Reilly', 'Someone else']).toContain(who);
    expect(merge.conflicts).toEqual(['text']);
    expect(merge.outcomes.type).toBe('theirs');
    expect([theirs.text, mine.text]).toEqual(['Their words.', 'My words.']);
    // Nothing of theirs was overwritten, and the plan shows their version.
    expect((await storedFindings()).find((f) => f.id === opened.id)).toMatchObject({ type, text: 'Their words.' });
    expect(findingIn(dcs, opened.id)).toMatchObject({ type, text: 'Their words.' });

    // Keeping my words: saved over their version, with their type.
    const chosen = resolveConflicts(merge, mine, new Set(['text'] as const));
    expect(await dcs.getState().editFinding(opened.id, { type: chosen.type, text: chosen.text }, theirs)).toEqual({
      status: 'done',
    });
    expect((await storedFindings()).find((f) => f.id === opened.id)).toMatchObject({ type, text: 'My words.' });
  });
});

describe('archiving the plan', () => {
  it('lets the DCS archive and restore it', async () => {
    const dcs = await openAs('u-dcs');
    expect(await dcs.getState().setArchived(true)).toEqual({ status: 'done' });
    expect(dcs.getState().snapshot!.plan.archived).toBe(true);
    expect((await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan.value.archived).toBe(true);
    expect(await dcs.getState().setArchived(false)).toEqual({ status: 'done' });
    expect((await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan.value.archived).toBe(false);
  });

  it('refuses anyone but a plan admin', async () => {
    const partner = await openAs('u-partner-police');
    expect(await partner.getState().setArchived(true)).toEqual({
      status: 'refused',
      message: 'Only the plan admins (the DCS and the improvement lead) can archive or restore the plan.',
    });
  });

  it('archives over a change someone saved meanwhile, keeping that change, with nothing to ask', async () => {
    const mine = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const agencies = lead.getState().snapshot!.plan.agencies;
    const renamed = agencies.map((a) => (a.key === 'police' ? { ...a, name: 'Metropolitan Police Service' } : a));
    expect(await lead.getState().saveAgencies(renamed)).toEqual({ status: 'done' });

    const stage = mine.getState().snapshot!.plan.stage;
    expect(await mine.getState().setArchived(true)).toEqual({ status: 'done' });
    expect(mine.getState().snapshot!.plan).toMatchObject({ archived: true, agencies: renamed, stage });
    const stored = (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan.value;
    expect(stored).toMatchObject({ archived: true, agencies: renamed });
    expect(await mine.getState().setArchived(false)).toEqual({ status: 'done' });
  });
});

describe('the plan’s agencies changed by two admins at once', () => {
  const storedAgencies = async () => (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan.value.agencies;
  const housing = { key: 'housing', name: 'Haringey housing service', shortName: 'Housing' };
  const earlyHelp = { key: 'early-help', name: 'Early help service', shortName: 'Early help' };

  it('keeps both when each adds an agency', async () => {
    const dcs = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const before = dcs.getState().snapshot!.plan.agencies;
    const stage = dcs.getState().snapshot!.plan.stage;
    expect(await lead.getState().saveAgencies([...before, housing])).toEqual({ status: 'done' });
    expect(await dcs.getState().saveAgencies([...before, earlyHelp], before)).toEqual({ status: 'done' });
    expect(await storedAgencies()).toEqual([...before, earlyHelp, housing]);
    expect(dcs.getState().snapshot!.plan).toMatchObject({ agencies: [...before, earlyHelp, housing], stage });
  });

  it('keeps theirs and names the agency when both changed it differently', async () => {
    const dcs = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const before = dcs.getState().snapshot!.plan.agencies;
    const renamed = (name: string) => before.map((a) => (a.key === 'health' ? { ...a, name } : a));
    expect(await lead.getState().saveAgencies(renamed('North Central London ICB'))).toEqual({ status: 'done' });
    expect(await dcs.getState().saveAgencies(renamed('Whittington Health'))).toEqual({
      status: 'failed',
      // Who saved first, by name when SharePoint says.
      message: expect.stringMatching(
        /^(Tom Reilly|Someone else) changed Health while you were editing the agencies, so your change to it was not saved\. Their version is now shown/,
      ),
    });
    expect((await storedAgencies()).find((a) => a.key === 'health')?.name).toBe('North Central London ICB');
    expect(dcs.getState().snapshot!.plan.agencies).toEqual(renamed('North Central London ICB'));
  });
});
