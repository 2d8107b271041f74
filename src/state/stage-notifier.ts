import { isoDateTime } from '../domain/dates';
import type { IdSource } from '../domain/ids';
import type { Member } from '../domain/member';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { Governance } from '../domain/workflow/governance';
import { stageLabel } from '../domain/workflow/stage-chain';
import type { NotificationStore } from '../data/notification.port';
import { describeStoreError } from './describe-store-error';
import type { WorkflowNotice } from './governance-outcome';

/** What a stored transition changed, for telling whoever the new stage waits for. */
export interface StoredTransition {
  readonly before: Governance;
  readonly after: Governance;
  readonly content: PlanSnapshot;
  readonly actor: Member;
}

/** Sends the stage's notifications; resolves to a gentle note when they could not be stored, else null. */
export type StageNotifier = (transition: StoredTransition) => Promise<WorkflowNotice | null>;

export function createStageNotifier(deps: {
  readonly notifications: NotificationStore;
  readonly ids: IdSource;
  readonly now: () => Date;
}): StageNotifier {
  return async ({ before, after, content, actor }) => {
    const now = isoDateTime(deps.now());
    // Who a stage waits for is worked out on the first transition, not with the first view.
    const { stageNotifications } = await import(
      /* webpackChunkName: "stage-notifications" */ '../domain/notifications/stage-notifications'
    );
    const outgoing = stageNotifications({ before, after, content, actor, now, ids: deps.ids });
    if (outgoing.length === 0) return null;
    try {
      await deps.notifications.send(outgoing);
      return null;
    } catch (error) {
      const who = outgoing.length === 1 ? 'the person' : `the ${outgoing.length} people`;
      return {
        intent: 'info',
        title: 'Not everyone was notified',
        message: `The plan moved to ${stageLabel(after.chain, after.stage)}, but the inbox notes for ${who} it waits for could not be saved: ${describeStoreError(error).message} Let them know another way.`,
      };
    }
  };
}
