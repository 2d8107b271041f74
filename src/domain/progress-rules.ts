import { STATUSES_NEEDING_REASON, type ActionStatus } from './action';
import { MULTI_LINE_LIMIT } from './text-limits';

/** Why a progress update cannot be posted, or null. */
export function progressUpdateProblem(text: string, status: ActionStatus | null): string | null {
  if (!text.trim()) return 'Write what has happened since the last update.';
  if (text.length > MULTI_LINE_LIMIT) return `Keep the update under ${MULTI_LINE_LIMIT} characters.`;
  if (status && STATUSES_NEEDING_REASON.includes(status) && text.trim().length < 10)
    return 'Say why the action is at risk or off track.';
  return null;
}
