import type { IsoDateTime } from '../dates';
import type { IdSource } from '../ids';
import type { Member } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import type { Governance } from '../workflow/governance';
import { labelOf } from '../workflow/stage-chain';
import { planNotification, type OutgoingNotification } from './notification';
import { whoStageNeeds } from './stage-recipients';

export interface StageNotificationInput {
  readonly before: Governance;
  readonly after: Governance;
  readonly content: PlanSnapshot;
  /** Who moved the plan on: never told about their own step. */
  readonly actor: Member;
  readonly now: IsoDateTime;
  readonly ids: IdSource;
}

/**
 * What to send after a transition: when the plan has moved to a stage that waits for someone,
 * one notification to each of them, pointing at the plan's Governance tab. Nothing otherwise.
 */
export function stageNotifications(input: StageNotificationInput): OutgoingNotification[] {
  const { before, after, content, actor } = input;
  if (before.stage === after.stage) return [];
  const call = whoStageNeeds(after, content);
  if (!call) return [];
  const plan = content.plan;
  const stage = labelOf(call.stage);
  return call.recipients
    .filter((m) => m.userId !== actor.userId)
    .map((recipient) => ({
      notification: planNotification({ plan, sender: actor, now: input.now, ids: input.ids }, recipient.userId, {
        kind: 'plan-step',
        subject: `${stage} is waiting for you`,
        body: `${plan.title} has moved to ${stage}. ${call.ask}`,
        target: { view: 'governance', planId: plan.id },
      }),
      activity: { type: 'planStepNeedsYou', parameters: { step: stage, plan: plan.title } },
    }));
}
