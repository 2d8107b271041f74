import { ACTION_STATUS_META, STATUSES_NEEDING_REASON, type ActionStatus } from './action';
import { MULTI_LINE_LIMIT } from './text-limits';

/** The shortest reason, in characters, that a status needing one takes. */
const SHORTEST_REASON = 10;

/** Why a progress update cannot be posted, or null. `status` is the status it sets, if any. */
export function progressUpdateProblem(text: string, status: ActionStatus | null): string | null {
  const needsReason = status !== null && STATUSES_NEEDING_REASON.includes(status);
  const words = text.trim();
  if (text.length > MULTI_LINE_LIMIT) return `Keep the update under ${MULTI_LINE_LIMIT} characters.`;
  if (needsReason && words.length < SHORTEST_REASON)
    return `Say why the action is ${ACTION_STATUS_META[status].label.toLowerCase()}.`;
  if (!words) return 'Write what has happened since the last update.';
  return null;
}
