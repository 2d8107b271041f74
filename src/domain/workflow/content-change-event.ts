import type { PlanSnapshot } from '../plan-snapshot';
import { changesBetweenSnapshots, summariseChanges } from './changes-since';
import { contentFacts } from './content-facts';
import type { WorkflowEvent } from './workflow-event';

/** The record of a save that changed signed content: the facts either side and what changed. */
export function contentChangedEvent(before: PlanSnapshot, after: PlanSnapshot): WorkflowEvent {
  return {
    type: 'content-changed',
    before: contentFacts(before),
    after: contentFacts(after),
    changes: summariseChanges(changesBetweenSnapshots(before, after)),
  };
}
