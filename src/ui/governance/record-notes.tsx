import { ROLE_LABEL } from '../../domain/member';
import type { GovernanceTrust } from '../../state/governance-trust';
import { LinesMessageBar } from '../common/lines-message-bar';
import type { GovernanceView } from './governance-view';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What reading the record found that people should know, in sentences. */
export function recordFindings(trust: GovernanceTrust): string[] {
  const notes: string[] = [];
  const notCounted = trust.verdicts.filter((v) => !v.counted).length;
  if (notCounted > 0) {
    notes.push(
      `${plural(notCounted, 'entry', 'entries')} in this plan's sign-off record did not count (wrong person, role or stage, or content that had changed). They are listed in the audit trail with the reason; they changed nothing.`,
    );
  }
  for (const v of trust.uncountedMemberships) {
    notes.push(
      `${v.member.displayName} was recorded as ${ROLE_LABEL[v.member.role]} by someone who is not a plan admin, so that membership grants nothing in the sign-off.`,
    );
  }
  if (trust.unrecordedChange) {
    notes.push(
      'The signed content was changed without a record of who changed it (for example, edited directly in SharePoint). Sign-offs of the earlier content no longer count; SharePoint’s item versions show who made the change.',
    );
  }
  for (const { action, reason, checking } of trust.uncountedActions) {
    if (checking) continue;
    notes.push(
      `The action “${action.title}” is not part of the plan, nor of its statement, dashboard or reports. ${reason}`,
    );
  }
  for (const { action, kind, reason } of trust.unallowedChanges) {
    const what = kind === 'moved' ? 'is led by an agency no plan admin chose' : 'was changed by someone who may not';
    notes.push(`The action “${action.title}” ${what}. ${reason}`);
  }
  const updates = trust.uncountedUpdates.filter((u) => !u.checking).length;
  if (updates > 0) {
    notes.push(
      `${plural(updates, 'progress update was', 'progress updates were')} posted by someone who may not post on that action. Each is shown on its action as not counted, with why, and left out of statuses, the dashboard and reports.`,
    );
  }
  for (const d of trust.duplicates) {
    notes.push(
      `${plural(d.extra + 1, 'item', 'items')} in the site claim to be ${d.kind} ${d.id}; only the first added is shown.`,
    );
  }
  return notes;
}

/** Anything in the record that did not count, said at the top of the Governance tab. */
export function RecordNotes({ view }: { view: GovernanceView }) {
  const notes = view.trust ? recordFindings(view.trust) : [];
  if (notes.length === 0) return null;
  return <LinesMessageBar intent="warning" title="Checked against SharePoint’s own record" lines={notes} />;
}
