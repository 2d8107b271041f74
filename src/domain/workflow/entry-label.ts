import type { GovernanceEntry } from './governance-record';
import type { WorkflowEvent } from './workflow-event';

/** What each kind of entry is, in words, for the trail. */
export const ENTRY_LABEL: Record<WorkflowEvent['type'], string> = {
  'edit-chain': 'Governance chain edit',
  'set-principal': 'Principal change',
  'set-due-date': 'Stage date change',
  'set-partnership-qa-role': 'Partnership QA change',
  advance: 'Stage move',
  'return-to': 'Return to an earlier stage',
  'qa-approve': 'Agency QA approval',
  'qa-return': 'Agency QA return',
  'override-qa': 'QA override',
  'add-comment': 'Comment',
  'resolve-comment': 'Comment resolved',
  'partner-approve': 'Partner approval',
  'partner-return': 'Partner return',
  'executive-sign': 'Executive sign-off',
  'content-changed': 'Change of signed content',
  submit: 'Submission',
  close: 'Closing the plan',
};

/** An entry's kind in words; an unreadable entry is said to be one. */
export const entryLabel = (entry: GovernanceEntry): string =>
  entry.event ? ENTRY_LABEL[entry.event.type] : 'Unreadable entry';
