import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyKey } from '../../src/domain/agency';
import { qaSignersOf } from '../../src/domain/workflow/agency-qa-signers';
import { agenciesWithActions } from '../../src/domain/workflow/canonical-content';
import { qaStatus } from '../../src/domain/workflow/sign-off-status';
import { HARINGEY_PLAN_ID } from '../../src/emulator/seed/haringey-2018';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import { startSeededEmulator, storeFor as storeOn } from '../ui/support/render-app';
import { advance, openAs, qaApprove, walk, type Step } from './governance-setup';

/**
 * The demo plan as `npm start` seeds it, driven through agency QA by the demo personas over the
 * emulator: every agency that leads an action has someone in the plan who may assure it.
 */

let emulator: RunningEmulator;
let stop: () => Promise<void>;
const storeFor = (persona: string) => storeOn(emulator, persona);

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
});
afterAll(async () => stop());

/** Who assures each agency leading the seeded plan's actions. */
const ASSURERS: Readonly<Record<string, string>> = {
  'childrens-social-care': 'u-csc-qa',
  police: 'u-police-qa',
  health: 'u-health-qa',
  probation: 'u-probation-qa',
  education: 'u-education-qa',
  partnership: 'u-improvement-lead',
};

describe('agency QA on the seeded Haringey plan', () => {
  it('names someone in the plan to assure every agency that leads actions', async () => {
    const state = (await openAs(storeFor, 'u-dcs', HARINGEY_PLAN_ID)).getState();
    const leading = agenciesWithActions(state.snapshot!);
    expect([...leading].sort()).toEqual(Object.keys(ASSURERS).sort());
    for (const agency of leading) {
      const signers = qaSignersOf(state.snapshot!.members, agency, state.governance!.partnershipQaRole);
      expect(signers.map((m) => m.userId)).toEqual([ASSURERS[agency]]);
    }
  });

  it('reaches collation with every agency approved, the partnership’s by the improvement lead, and no override', async () => {
    const approvals = Object.entries(ASSURERS).map(([agency, persona]): Step => [
      persona,
      qaApprove(agency as AgencyKey),
    ]);
    await walk(storeFor, HARINGEY_PLAN_ID, [['u-dcs', advance('Partners have written their actions')], ...approvals]);

    const state = (await openAs(storeFor, 'u-dcs', HARINGEY_PLAN_ID)).getState();
    const governance = state.governance!;
    expect(governance.stage).toBe('collation');
    expect(governance.qaOverrides).toEqual([]);
    expect(qaStatus(governance, state.snapshot!).map((s) => [s.agency, s.state])).toEqual(
      agenciesWithActions(state.snapshot!).map((agency) => [agency, 'approved']),
    );
    expect(governance.signOffs.find((s) => s.agency === 'partnership')).toMatchObject({
      userId: 'u-improvement-lead',
      name: 'Tom Reilly',
      role: 'improvement-lead',
      decision: 'approve',
    });
    expect(state.trust!.verdicts.every((v) => v.counted)).toBe(true);
  });
});
