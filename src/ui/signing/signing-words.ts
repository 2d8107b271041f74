import { formatLongDate, type IsoDate } from '../../domain/dates';
import { FINDING_TYPE_LABEL, type FindingType } from '../../domain/finding';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { PlanSigningStage } from '../../domain/workflow/signature-request';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "11 May 2018, 20 working days left" (or "due today", or "3 working days overdue"). */
export function dueInWords(date: IsoDate, workingDaysLeft: number): string {
  const left =
    workingDaysLeft > 0
      ? `${plural(workingDaysLeft, 'working day')} left`
      : workingDaysLeft === 0
        ? 'due today'
        : `${plural(-workingDaysLeft, 'working day')} overdue`;
  return `${formatLongDate(date)}, ${left}`;
}

/** What a signing stage is for, in a sentence a signer reads once. */
export const STAGE_PURPOSE: Record<PlanSigningStage, string> = {
  'partnership-approval':
    'each safeguarding partner approves the written statement of action on behalf of their agency.',
  'executive-sign-off':
    'the Lead Member and the Chief Executive sign the written statement of action off for the council before it goes to Ofsted.',
};

const AREA_TYPES: readonly FindingType[] = ['priority-action', 'improvement'];

/** "1 area for priority action, 1 area for improvement and 3 actions": what the signature covers. */
export function contentInWords(snapshot: PlanSnapshot): string {
  const areas = AREA_TYPES.map((type) => ({
    count: snapshot.findings.filter((f) => f.type === type).length,
    label: FINDING_TYPE_LABEL[type].toLowerCase(),
  }))
    .filter((a) => a.count > 0)
    .map((a) => plural(a.count, a.label, a.label.replace(/^area/, 'areas')));
  const parts = [...areas, plural(snapshot.actions.length, 'action')];
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
