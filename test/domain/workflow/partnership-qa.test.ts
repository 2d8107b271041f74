import { describe, expect, it } from 'vitest';
import type { MemberId, UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import { whoStageNeeds } from '../../../src/domain/notifications/stage-recipients';
import { contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import {
  DEFAULT_PARTNERSHIP_QA_ROLE,
  qaSignersOf,
  type PartnershipQaRole,
} from '../../../src/domain/workflow/agency-qa-signers';
import { initialGovernance, type Governance } from '../../../src/domain/workflow/governance';
import { qaStatus } from '../../../src/domain/workflow/sign-off-status';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import {
  CONTENT,
  PLAN_ID,
  actionOf,
  apply,
  governanceAt,
  must,
  mustApply,
  people,
  qaApprove,
  refused,
} from './workflow-fixtures';

/** A QA lead whose agency is the partnership itself. */
const partnershipQa: Member = {
  ...people.cscQa,
  id: 'mem-lscp-qa' as MemberId,
  userId: 'u-lscp-qa' as UserId,
  displayName: 'Lena Price',
  agency: 'partnership',
};

/** The fixture plan with one more action, led by the safeguarding partnership. */
const WITH_PARTNERSHIP = {
  ...CONTENT,
  actions: [...CONTENT.actions, actionOf('act-4', 'partnership', { title: 'Publish a neglect strategy', order: 3 })],
  members: [...CONTENT.members, partnershipQa],
};

const setRole = (role: PartnershipQaRole): WorkflowEvent => ({ type: 'set-partnership-qa-role', role });
const atQa = (start: Governance = initialGovernance(PLAN_ID)) => governanceAt('agency-qa', WITH_PARTNERSHIP, start);
const approvePartnership = (g: Governance, by: Member) =>
  apply(g, qaApprove('partnership', WITH_PARTNERSHIP), by, WITH_PARTNERSHIP);

describe('who quality-assures the partnership’s own actions', () => {
  it('is the improvement lead unless the plan says otherwise', () => {
    expect(initialGovernance(PLAN_ID).partnershipQaRole).toBe('improvement-lead');
    expect(DEFAULT_PARTNERSHIP_QA_ROLE).toBe('improvement-lead');
    const g = must(approvePartnership(atQa(), people.improvementLead)).governance;
    expect(g.signOffs.at(-1)).toMatchObject({
      agency: 'partnership',
      userId: people.improvementLead.userId,
      role: 'improvement-lead',
      decision: 'approve',
    });
  });

  it('refuses anyone else by default, saying who can sign', () => {
    for (const other of [people.dcs, people.policeQa, people.councilPartner]) {
      expect(refused(approvePartnership(atQa(), other))).toEqual({
        code: 'WORKFLOW.NOT_PERMITTED',
        message: "Only the improvement lead can quality-assure the partnership's actions.",
      });
    }
  });

  it('still lets a QA lead whose agency is the partnership approve or return', () => {
    expect(approvePartnership(atQa(), partnershipQa).ok).toBe(true);
    const returned = apply(
      atQa(),
      {
        type: 'qa-return',
        agency: 'partnership',
        comment: 'Add a review date',
        contentHash: contentHashForAgency(WITH_PARTNERSHIP, 'partnership'),
      },
      partnershipQa,
      WITH_PARTNERSHIP,
    );
    expect(must(returned).governance.signOffs.at(-1)?.decision).toBe('return');
  });

  it('leaves every other agency to its own QA lead', () => {
    const error = refused(
      apply(atQa(), qaApprove('police', WITH_PARTNERSHIP), people.improvementLead, WITH_PARTNERSHIP),
    );
    expect(error.message).toBe("Only Police's QA lead can sign at Agency quality assurance.");
    expect(refused(apply(atQa(), qaApprove('police', WITH_PARTNERSHIP), partnershipQa, WITH_PARTNERSHIP)).code).toBe(
      'WORKFLOW.NOT_PERMITTED',
    );
  });

  it('completes agency QA with the QA leads and the improvement lead, no override needed', () => {
    let g = atQa();
    for (const [agency, lead] of [
      ['police', people.policeQa],
      ['health', people.healthQa],
      ['childrens-social-care', people.cscQa],
    ] as const) {
      g = mustApply(g, qaApprove(agency, WITH_PARTNERSHIP), lead, WITH_PARTNERSHIP);
    }
    expect(g.stage).toBe('agency-qa');
    g = must(approvePartnership(g, people.improvementLead)).governance;
    expect(g.stage).toBe('collation');
    expect(g.qaOverrides).toEqual([]);
    expect(qaStatus(g, WITH_PARTNERSHIP).every((s) => s.state === 'approved')).toBe(true);
  });

  it('asks the improvement lead, with the QA leads, when agency QA starts', () => {
    const call = whoStageNeeds(atQa(), WITH_PARTNERSHIP);
    expect(call?.recipients.map((m) => m.displayName)).toEqual(
      expect.arrayContaining([people.improvementLead.displayName, partnershipQa.displayName]),
    );
    expect(call?.recipients.map((m) => m.displayName)).not.toContain(people.dcs.displayName);
  });
});

describe('changing who quality-assures the partnership’s actions', () => {
  it('is done by a plan admin, recorded in the audit trail, and then decides who may sign', () => {
    const result = must(apply(initialGovernance(PLAN_ID), setRole('safeguarding-partner'), people.dcs));
    expect(result.governance.partnershipQaRole).toBe('safeguarding-partner');
    expect(result.emitted).toEqual([
      expect.objectContaining({
        kind: 'partnership-qa-role-set',
        role: 'safeguarding-partner',
        summary: "The partnership's actions will be quality-assured by a safeguarding partner",
        actor: expect.objectContaining({ name: people.dcs.displayName }),
      }),
    ]);
    const g = atQa(result.governance);
    expect(approvePartnership(g, people.councilPartner).ok).toBe(true);
    expect(refused(approvePartnership(g, people.improvementLead)).message).toBe(
      "Only a safeguarding partner can quality-assure the partnership's actions.",
    );
  });

  it('can be changed by the improvement lead, who is one of the DCS’s team', () => {
    const g = must(apply(initialGovernance(PLAN_ID), setRole('plan-admin'), people.improvementLead)).governance;
    expect(g.partnershipQaRole).toBe('plan-admin');
    expect(approvePartnership(atQa(g), people.dcs).ok).toBe(true);
  });

  it('can leave it to a QA lead for the partnership, and no other agency’s QA lead', () => {
    const g = atQa(mustApply(initialGovernance(PLAN_ID), setRole('agency-qa-lead'), people.dcs));
    expect(approvePartnership(g, partnershipQa).ok).toBe(true);
    expect(refused(approvePartnership(g, people.policeQa)).message).toBe(
      "Only a QA lead for the partnership can quality-assure the partnership's actions.",
    );
    expect(qaSignersOf(WITH_PARTNERSHIP.members, 'partnership', 'agency-qa-lead')).toEqual([partnershipQa]);
  });

  it('is refused to anyone outside the DCS’s team', () => {
    for (const who of [people.policeQa, people.councilPartner, people.chiefExecutive]) {
      expect(refused(apply(initialGovernance(PLAN_ID), setRole('safeguarding-partner'), who))).toEqual({
        code: 'WORKFLOW.NOT_PERMITTED',
        message:
          "Only the DCS's team (plan admins and the improvement lead) can say who quality-assures the partnership's actions.",
      });
    }
  });

  it('refuses a role that cannot quality-assure, naming the choices', () => {
    const event = { type: 'set-partnership-qa-role', role: 'reader' } as unknown as WorkflowEvent;
    expect(refused(apply(initialGovernance(PLAN_ID), event, people.dcs))).toEqual({
      code: 'WORKFLOW.UNKNOWN_TARGET',
      message:
        '"reader" cannot quality-assure the partnership\'s actions. Choose one of: the improvement lead, ' +
        'a plan admin (the DCS), a safeguarding partner, a QA lead for the partnership.',
    });
  });

  it('records nothing when the role is already the one chosen', () => {
    const result = must(apply(initialGovernance(PLAN_ID), setRole('improvement-lead'), people.dcs));
    expect(result.emitted).toEqual([]);
    expect(result.governance).toEqual(initialGovernance(PLAN_ID));
  });

  it('is settled once the plan has been submitted', () => {
    const submitted = governanceAt('monitoring');
    expect(refused(apply(submitted, setRole('plan-admin'), people.dcs)).code).toBe('WORKFLOW.ALREADY_SUBMITTED');
  });
});
