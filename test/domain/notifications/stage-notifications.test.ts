import { describe, expect, it } from 'vitest';
import { idSource } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import { stageNotifications } from '../../../src/domain/notifications/stage-notifications';
import { whoStageNeeds } from '../../../src/domain/notifications/stage-recipients';
import { initialGovernance, type Governance } from '../../../src/domain/workflow/governance';
import type { ChainStageKey } from '../../../src/domain/workflow/stage-vocabulary';
import { CONTENT, NOW, PLAN_ID, governanceAt, mustApply, people, qaApprove } from '../workflow/workflow-fixtures';

const ids = () => {
  let n = 0;
  return idSource(() => String(++n));
};

const notify = (before: Governance, after: Governance, actor: Member = people.dcs) =>
  stageNotifications({ before, after, content: CONTENT, actor, now: NOW, ids: ids() });

const recipientsOf = (before: Governance, after: Governance, actor?: Member) =>
  notify(before, after, actor).map((o) => o.notification.recipientId);

/** The governance one step before `stage` on the happy path, and at it. */
function arriving(stage: ChainStageKey): [Governance, Governance] {
  const after = governanceAt(stage);
  const before = { ...after, stage: 'drafting' as ChainStageKey };
  return [before, after];
}

describe('who a stage waits for', () => {
  it.each([
    ['agency-qa', [people.policeQa, people.healthQa, people.cscQa]],
    ['partnership-approval', [people.councilPartner, people.icbPartner, people.policePartner]],
    ['executive-sign-off', [people.leadMember, people.chiefExecutive]],
    ['submitted', [people.dcs]],
  ] as const)('%s asks for the right people', (stage, expected) => {
    const call = whoStageNeeds(governanceAt(stage), CONTENT);
    expect(call?.recipients.map((m) => m.userId).sort()).toEqual(expected.map((m) => m.userId).sort());
    expect(call?.ask).not.toBe('');
  });

  it.each(['drafting', 'collation', 'partnership-review', 'amendments', 'monitoring'] as const)(
    '%s waits for no one in particular',
    (stage) => {
      const g = { ...initialGovernance(PLAN_ID), stage };
      expect(whoStageNeeds(g, CONTENT)).toBeNull();
    },
  );

  it('leaves out the QA leads whose agency has already approved', () => {
    const atQa = governanceAt('agency-qa');
    const policeDone = mustApply(atQa, qaApprove('police'), people.policeQa);
    const call = whoStageNeeds(policeDone, CONTENT);
    expect(call?.recipients.map((m) => m.userId)).not.toContain(people.policeQa.userId);
    expect(call?.recipients).toHaveLength(2);
  });

  it('asks the named principal, not the plan admins, when a member submits', () => {
    const g = {
      ...governanceAt('submitted'),
      principal: { kind: 'member' as const, memberId: people.improvementLead.id },
    };
    expect(whoStageNeeds(g, CONTENT)?.recipients).toEqual([people.improvementLead]);
  });

  it('tells a person with two memberships once', () => {
    const second = { ...people.policeQa, id: 'mem-police-qa-2' as Member['id'] };
    const content = { ...CONTENT, members: [...CONTENT.members, second] };
    const call = whoStageNeeds(governanceAt('agency-qa'), content);
    expect(call?.recipients.filter((m) => m.userId === people.policeQa.userId)).toHaveLength(1);
  });
});

describe('stage notifications after a transition', () => {
  it('sends nothing when the stage did not change', () => {
    const g = governanceAt('agency-qa');
    const after = mustApply(g, qaApprove('police'), people.policeQa);
    expect(notify(g, after, people.policeQa)).toEqual([]);
  });

  it('words a step for each person and points at the Governance tab', () => {
    const [before, after] = arriving('partnership-approval');
    const sent = notify(before, after);
    expect(sent).toHaveLength(3);
    const first = sent[0]!;
    expect(first.notification).toMatchObject({
      planId: PLAN_ID,
      planTitle: CONTENT.plan.title,
      kind: 'plan-step',
      subject: 'Partnership approval is waiting for you',
      target: { view: 'governance', planId: PLAN_ID },
      createdAt: NOW,
      senderId: people.dcs.userId,
      senderName: people.dcs.displayName,
      read: false,
    });
    expect(first.notification.body).toContain('has moved to Partnership approval');
    expect(first.activity).toEqual({
      type: 'planStepNeedsYou',
      parameters: { step: 'Partnership approval', plan: CONTENT.plan.title },
    });
    expect(new Set(sent.map((s) => s.notification.id)).size).toBe(3);
  });

  it('never tells the person who moved the plan about their own step', () => {
    const [before, after] = arriving('submitted');
    expect(recipientsOf(before, after, people.dcs)).toEqual([]);
    expect(recipientsOf(before, after, people.chiefExecutive)).toEqual([people.dcs.userId]);
  });

  it('tells the Lead Member and Chief Executive when the partners complete approval', () => {
    const [before, after] = arriving('executive-sign-off');
    expect(recipientsOf(before, after, people.policePartner).sort()).toEqual(
      [people.chiefExecutive.userId, people.leadMember.userId].sort(),
    );
  });
});
