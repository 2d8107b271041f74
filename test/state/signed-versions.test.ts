import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointPlanPermissions } from '../../src/data/graph/sharepoint-plan-permissions';
import { isoDate, type IsoDateTime } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { contentHash } from '../../src/domain/workflow/content-hash';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { copyKey, createSignedVersions } from '../../src/state/signed-versions';
import { createSubmissionLibrary } from '../../src/state/submission-library';
import { siteUrlOf } from '../data/sharepoint/support/permission-sync';
import { startSeededEmulator, storeFor as storeOn } from '../ui/support/render-app';
import { TO_PARTNERSHIP_APPROVAL, openAs, startGovernancePlan, walk } from './governance-setup';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);
const DATES = { today: isoDate('2018-03-01'), generatedAt: '2018-03-01T10:00:00.000Z' as IsoDateTime };

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());

/** As a site owner would with "Re-apply permissions": the plan's own, on its items and its folder. */
async function applyPermissions(planId: PlanId) {
  const placeholder = new TextEncoder().encode('Submissions of this plan go here.');
  await storeFor('u-dcs').saveSubmissionFile({
    planId,
    fileName: 'Placeholder.txt',
    bytes: placeholder,
    contentType: 'text/plain',
  });
  const getToken = async () => 'demo.u-dcs';
  await createSharePointPlanPermissions({
    graphBaseUrl: emulator.graphBaseUrl,
    siteId: EMULATOR_SITE_ID,
    getToken,
    sharePoint: { siteUrl: siteUrlOf(emulator.graphBaseUrl), getToken },
  }).syncPlan(planId);
}

async function planAtApproval(key: string): Promise<{ planId: PlanId; snapshot: PlanSnapshot; hash: string }> {
  const planId = await startGovernancePlan(storeFor('u-dcs'), { key });
  await walk(storeFor, planId, TO_PARTNERSHIP_APPROVAL);
  const snapshot = (await openAs(storeFor, 'u-dcs', planId)).getState().snapshot!;
  return { planId, snapshot, hash: contentHash(snapshot) };
}

const signedVersionsOf = (persona: string) => createSignedVersions(createSubmissionLibrary(storeFor(persona)));

describe('the Word document of a signed version, kept in the plan’s folder', () => {
  it('is kept once per version, and found by the next signer and by anyone reading the history', async () => {
    const { planId, snapshot, hash } = await planAtApproval('kept-once');
    await applyPermissions(planId);
    const name = `Signed version ${hash.slice(0, 12)}.docx`;

    const first = signedVersionsOf('u-partner-police');
    const downloaded = await first.getState().document(snapshot, DATES);
    await first.getState().keep(snapshot, hash, DATES);
    expect(first.getState().copies[copyKey(planId, hash)]).toMatchObject({ status: 'kept', copy: { name } });
    const stored = await storeFor('u-dcs').findSubmissionFile(planId, name);
    expect(stored?.size).toBe(downloaded.bytes.length);

    // Participants may add to the folder but never change a file: the second signer finds the copy.
    const second = signedVersionsOf('u-partner-health');
    await second.getState().keep(snapshot, hash, DATES);
    expect(second.getState().copies[copyKey(planId, hash)]).toMatchObject({ status: 'kept', copy: { name } });

    const reader = signedVersionsOf('u-police-owner');
    await reader.getState().lookUp(planId, hash);
    expect(reader.getState().copies[copyKey(planId, hash)]).toMatchObject({ status: 'kept' });
    await reader.getState().lookUp(planId, 'f'.repeat(64));
    expect(reader.getState().copies[copyKey(planId, 'f'.repeat(64))]).toEqual({ status: 'absent' });
  });

  it('says why when the signer may not add to the folder, and keeps it when tried again after permissions are applied', async () => {
    const { planId, snapshot, hash } = await planAtApproval('kept-later');
    const versions = signedVersionsOf('u-partner-la');

    await versions.getState().keep(snapshot, hash, DATES);
    const failed = versions.getState().copies[copyKey(planId, hash)];
    expect(failed?.status).toBe('failed');
    expect(failed?.status === 'failed' && failed.message).toMatch(/only plan admins can add files to its folder/);

    await applyPermissions(planId);
    await versions.getState().keep(snapshot, hash, DATES);
    expect(versions.getState().copies[copyKey(planId, hash)]).toMatchObject({ status: 'kept' });
  });

  it('will not build a version the plan no longer holds, rather than keep the wrong document', async () => {
    const { planId, snapshot } = await planAtApproval('kept-changed');
    const versions = signedVersionsOf('u-partner-la');
    const older = 'a'.repeat(64);
    await versions.getState().keep(snapshot, older, DATES);
    const copy = versions.getState().copies[copyKey(planId, older)];
    expect(copy?.status === 'failed' && copy.message).toMatch(/The plan has changed since this version was signed/);
  });
});
