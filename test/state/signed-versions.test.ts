import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharePointPlanPermissions } from '../../src/data/graph/sharepoint-plan-permissions';
import { isoDate, type IsoDateTime } from '../../src/domain/dates';
import type { PlanId } from '../../src/domain/ids';
import type { PlanSnapshot } from '../../src/domain/plan-snapshot';
import { contentHash } from '../../src/domain/workflow/content-hash';
import { EMULATOR_SITE_ID } from '../../src/emulator/emulator-site';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { copyKey, createSignedVersions, type VersionContext } from '../../src/state/signed-versions';
import { DEFAULT_CHAIN } from '../../src/domain/workflow/stage-chain';
import type { SignOff } from '../../src/domain/sign-off';
import type { SignOffId, UserId } from '../../src/domain/ids';
import { paragraphText, readDocx } from '../export/support/read-docx';
import { createSubmissionLibrary } from '../../src/state/submission-library';
import { siteUrlOf } from '../data/sharepoint/support/permission-sync';
import { startSeededEmulator, storeFor as storeOn } from '../ui/support/render-app';
import { TO_PARTNERSHIP_APPROVAL, openAs, startGovernancePlan, walk } from './governance-setup';

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);
const CONTEXT: VersionContext = {
  today: isoDate('2018-03-01'),
  generatedAt: '2018-03-01T10:00:00.000Z' as IsoDateTime,
  chain: DEFAULT_CHAIN,
  signOffs: [],
};

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
    const downloaded = await first.getState().document(snapshot, CONTEXT);
    await first.getState().keep(snapshot, hash, CONTEXT);
    expect(first.getState().copies[copyKey(planId, hash)]).toMatchObject({ status: 'kept', copy: { name } });
    const stored = await storeFor('u-dcs').findSubmissionFile(planId, name);
    expect(stored?.size).toBe(downloaded.bytes.length);

    // Participants may add to the folder but never change a file: the second signer finds the copy.
    const second = signedVersionsOf('u-partner-health');
    await second.getState().keep(snapshot, hash, CONTEXT);
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

    await versions.getState().keep(snapshot, hash, CONTEXT);
    const failed = versions.getState().copies[copyKey(planId, hash)];
    expect(failed?.status).toBe('failed');
    expect(failed?.status === 'failed' && failed.message).toMatch(/only plan admins can add files to its folder/);

    await applyPermissions(planId);
    await versions.getState().keep(snapshot, hash, CONTEXT);
    expect(versions.getState().copies[copyKey(planId, hash)]).toMatchObject({ status: 'kept' });
  });

  it('will not build a version the plan no longer holds, rather than keep the wrong document', async () => {
    const { planId, snapshot } = await planAtApproval('kept-changed');
    const versions = signedVersionsOf('u-partner-la');
    const older = 'a'.repeat(64);
    await versions.getState().keep(snapshot, older, CONTEXT);
    const copy = versions.getState().copies[copyKey(planId, older)];
    expect(copy?.status === 'failed' && copy.message).toMatch(/The plan has changed since this version was signed/);
  });

  it('is the statement as signed: the DCS’s own foreword, and only the sign-offs that stand', async () => {
    const { snapshot: atApproval } = await planAtApproval('as-signed');
    const foreword = 'We accept every finding and thank the children and families who spoke to inspectors.';
    // A Chief Executive "approval" in the list that the governance replay did not verify (written
    // straight to the list by someone else): the caller leaves it out of the sign-offs that stand.
    const unverified: SignOff = {
      id: 'sig-unverified' as SignOffId,
      planId: atApproval.plan.id,
      stage: 'executive-sign-off',
      userId: 'u-police-owner' as UserId,
      name: 'Daniel Price',
      role: 'chief-executive',
      agency: null,
      at: '2018-03-01T09:00:00.000Z' as IsoDateTime,
      decision: 'approve',
      comment: '',
      contentHash: 'b'.repeat(64),
    };
    const snapshot = { ...atApproval, plan: { ...atApproval.plan, foreword }, signOffs: [unverified] };

    const document = await signedVersionsOf('u-lead-member').getState().document(snapshot, CONTEXT);
    const parts = await readDocx(document.bytes);
    const text = (parts.document.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).map(paragraphText).join('\n');
    expect(text).toContain(foreword);
    expect(text).not.toContain('Daniel Price');
    expect(document.hash).toBe(contentHash(snapshot));
  });
});
