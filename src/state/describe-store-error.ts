import { isStoreError, SIGN_IN_EXPLAINED, type StoreErrorKind } from '../data/store-error';
import type { CommandProblem } from './outcome';

export interface Problem {
  readonly kind: StoreErrorKind | 'bug';
  /** A sentence the person can act on. */
  readonly message: string;
}

/**
 * What became of the change that failed, as far as the caller knows: kept on this device and sent
 * again later, or not saved (try again). Without it the message makes no claim either way, which
 * suits a failed read, or a caller that says what became of the change itself.
 */
export type ChangeFate = 'kept' | 'not-saved';

/** Failures that pass: a change kept on this device can be sent again later. */
const PASSING_KINDS = ['offline', 'throttled', 'server'] as const;
type PassingKind = (typeof PASSING_KINDS)[number];
const isPassingKind = (kind: StoreErrorKind): kind is PassingKind =>
  (PASSING_KINDS as readonly string[]).includes(kind);

export const isPassingFailure = (error: unknown): boolean => isStoreError(error) && isPassingKind(error.kind);

const MESSAGES: Record<StoreErrorKind, string> = {
  conflict: 'Someone else changed this while you were editing it.',
  forbidden: 'You do not have permission to do that.',
  unauthorized: 'Your sign-in has expired. Sign in again to carry on; nothing you typed has been lost.',
  'not-found': 'This item no longer exists; someone may have deleted it.',
  throttled: 'SharePoint is busy.',
  offline: 'You appear to be offline.',
  invalid: 'SharePoint refused the change as invalid.',
  server: 'SharePoint had a problem.',
};

/** What the person can do after a failure that passes, by what became of their change. */
const AFTERWARDS: Record<PassingKind, Record<ChangeFate | 'unsaid', string>> = {
  offline: {
    kept: 'Your change is kept on this device and will be sent when the connection returns.',
    'not-saved': 'Nothing was saved; try again when the connection returns.',
    unsaid: 'Try again when the connection returns.',
  },
  throttled: {
    kept: 'Your change is kept on this device and will be sent again shortly.',
    'not-saved': 'Nothing was saved; try again in a moment.',
    unsaid: 'Try again in a moment.',
  },
  server: {
    kept: 'Your change is kept on this device and will be sent again shortly.',
    'not-saved': 'Nothing was saved; try again in a moment.',
    unsaid: 'Try again in a moment.',
  },
};

/**
 * Turns any failure of the store into something the UI can explain. Say `kept` only where the
 * change really is queued to be sent again, and `not-saved` where nothing keeps it.
 */
export function describeStoreError(error: unknown, fate?: ChangeFate): Problem {
  if (!isStoreError(error)) {
    return { kind: 'bug', message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}` };
  }
  const explained = error.kind === 'forbidden' || error.kind === 'invalid' || error.details.code === SIGN_IN_EXPLAINED;
  const serverSays = explained ? error.message : '';
  const afterwards = isPassingKind(error.kind) ? ` ${AFTERWARDS[error.kind][fate ?? 'unsaid']}` : '';
  return { kind: error.kind, message: serverSays || `${MESSAGES[error.kind]}${afterwards}` };
}

/** A failed command (nothing kept to send later) as the UI reports it: refused when the person may not do it, else failed. */
export function refusedOrFailed(error: unknown): CommandProblem {
  const problem = describeStoreError(error, 'not-saved');
  return { status: problem.kind === 'forbidden' ? 'refused' : 'failed', message: problem.message };
}
