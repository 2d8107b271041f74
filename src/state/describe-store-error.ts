import { isStoreError, type StoreErrorKind } from '../data/store-error';

export interface Problem {
  readonly kind: StoreErrorKind | 'bug';
  /** A sentence the person can act on. */
  readonly message: string;
}

const MESSAGES: Record<StoreErrorKind, string> = {
  conflict: 'Someone else changed this while you were editing it.',
  forbidden: 'You do not have permission to do that.',
  unauthorized: 'Your sign-in has expired. Sign in again to carry on; nothing you typed has been lost.',
  'not-found': 'This item no longer exists; someone may have deleted it.',
  throttled: 'SharePoint is busy. Your change is kept and will be sent again shortly.',
  offline: 'You appear to be offline. Your change is kept and will be sent when the connection returns.',
  invalid: 'SharePoint refused the change as invalid.',
  server: 'SharePoint had a problem. Your change is kept; try again in a moment.',
};

/** Turns any failure of the store into something the UI can explain. */
export function describeStoreError(error: unknown): Problem {
  if (!isStoreError(error)) {
    return { kind: 'bug', message: `Something went wrong: ${error instanceof Error ? error.message : String(error)}` };
  }
  const serverSays = error.kind === 'forbidden' || error.kind === 'invalid' ? error.message : '';
  return { kind: error.kind, message: serverSays || MESSAGES[error.kind] };
}

/** A failed command as the UI reports it: refused when the person may not do it, else failed. */
export function refusedOrFailed(error: unknown): { readonly status: 'refused' | 'failed'; readonly message: string } {
  const problem = describeStoreError(error);
  return { status: problem.kind === 'forbidden' ? 'refused' : 'failed', message: problem.message };
}
