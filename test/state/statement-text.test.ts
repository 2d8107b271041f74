import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../src/domain/ids';
import { idSource } from '../../src/domain/ids';
import { STATEMENT_TEXT_LIMIT, type StatementTexts } from '../../src/domain/plan';
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
    ids: idSource(() => `${persona}-t${++n}`),
    now: () => new Date('2018-03-01T10:00:00Z'),
    pending: memoryPendingEditStorage(),
  });
  await view.getState().open(PLAN);
  return view;
}

type View = Awaited<ReturnType<typeof openAs>>;

const textsOf = (view: View): StatementTexts => {
  const { foreword, monitoringArrangements } = view.getState().snapshot!.plan;
  return { foreword, monitoringArrangements };
};

const storedTexts = async (): Promise<StatementTexts> => {
  const { foreword, monitoringArrangements } = (await storeFor(seeded.emulator, 'u-dcs').loadPlan(PLAN)).plan.value;
  return { foreword, monitoringArrangements };
};

describe('the statement’s texts, written by the DCS', () => {
  it('saves both texts to the plan, trimmed, and shows them when the plan is opened again', async () => {
    const dcs = await openAs('u-dcs');
    expect(textsOf(dcs)).toEqual({ foreword: '', monitoringArrangements: '' });
    const texts = {
      foreword: '  This is our statement.\n\nWe will act.  ',
      monitoringArrangements: 'A monthly board.',
    };
    expect(await dcs.getState().saveStatementText(texts, textsOf(dcs))).toEqual({ status: 'done' });
    const saved = { foreword: 'This is our statement.\n\nWe will act.', monitoringArrangements: 'A monthly board.' };
    expect(textsOf(dcs)).toEqual(saved);
    expect(await storedTexts()).toEqual(saved);
    expect(textsOf(await openAs('u-improvement-lead'))).toEqual(saved);
  });

  it('refuses anyone but a plan admin, and stores nothing', async () => {
    const before = await storedTexts();
    const owner = await openAs('u-police-owner');
    expect(await owner.getState().saveStatementText({ ...before, foreword: 'Police text' }, before)).toEqual({
      status: 'refused',
      message: 'Only the plan admins (the DCS and the improvement lead) can change the statement’s texts.',
    });
    expect(await storedTexts()).toEqual(before);
  });

  it('refuses a text over the limit with the length and the limit', async () => {
    const dcs = await openAs('u-dcs');
    const before = textsOf(dcs);
    const outcome = await dcs
      .getState()
      .saveStatementText({ ...before, foreword: 'x'.repeat(STATEMENT_TEXT_LIMIT + 1) }, before);
    expect(outcome).toEqual({
      status: 'failed',
      message: 'The introduction and foreword is 20,001 characters long; keep it under 20,000.',
    });
    expect(await storedTexts()).toEqual(before);
  });
});

describe('the statement’s texts saved by two admins at once', () => {
  it('keeps both when each changed a different text, merging after the store refused the stale version', async () => {
    const dcs = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const base = textsOf(dcs);
    expect(await lead.getState().saveStatementText({ ...base, foreword: 'The lead’s foreword.' }, base)).toEqual({
      status: 'done',
    });
    // The DCS's plan still shows the older texts: the write meets a 412 and is merged.
    expect(textsOf(dcs)).toEqual(base);
    const mine = { ...base, monitoringArrangements: 'The DCS’s arrangements.' };
    expect(await dcs.getState().saveStatementText(mine, base)).toEqual({ status: 'done' });
    const both = { foreword: 'The lead’s foreword.', monitoringArrangements: 'The DCS’s arrangements.' };
    expect(await storedTexts()).toEqual(both);
    expect(textsOf(dcs)).toEqual(both);
  });

  it('keeps theirs stored and hands back both when both changed the same text differently', async () => {
    const dcs = await openAs('u-dcs');
    const lead = await openAs('u-improvement-lead');
    const base = textsOf(dcs);
    expect(await lead.getState().saveStatementText({ ...base, foreword: 'Theirs.' }, base)).toEqual({ status: 'done' });
    const outcome = await dcs.getState().saveStatementText({ ...base, foreword: 'Mine.' }, base);
    expect(outcome).toEqual({
      status: 'conflict',
      message: expect.stringMatching(
        /^(Tom Reilly|Someone else) changed the introduction and foreword while you were editing, so your text was not saved\./,
      ),
      theirs: { ...base, foreword: 'Theirs.' },
      fields: ['foreword'],
    });
    expect((await storedTexts()).foreword).toBe('Theirs.');
    // The plan now shows what is stored; keeping mine is a save from theirs.
    expect(textsOf(dcs).foreword).toBe('Theirs.');
    expect(await dcs.getState().saveStatementText({ ...base, foreword: 'Mine.' }, textsOf(dcs))).toEqual({
      status: 'done',
    });
    expect((await storedTexts()).foreword).toBe('Mine.');
  });

  it('names the clash without writing when the plan already shows their change to the same text', async () => {
    const dcs = await openAs('u-dcs');
    const base = textsOf(dcs);
    const lead = await openAs('u-improvement-lead');
    expect(await lead.getState().saveStatementText({ ...base, monitoringArrangements: 'Quarterly.' }, base)).toEqual({
      status: 'done',
    });
    await dcs.getState().reload();
    const outcome = await dcs.getState().saveStatementText({ ...base, monitoringArrangements: 'Monthly.' }, base);
    expect(outcome).toMatchObject({ status: 'conflict', fields: ['monitoringArrangements'] });
    expect((await storedTexts()).monitoringArrangements).toBe('Quarterly.');
  });
});
