/**
 * Why no token could be had, in words a person can act on. `cancelled` and `popup-blocked` are
 * expected (the person closed or blocked the window); the UI can offer to try again.
 */
export type TokenErrorKind = 'cancelled' | 'popup-blocked' | 'sign-in-failed';

export class TokenError extends Error {
  readonly kind: TokenErrorKind;
  /** MSAL's error code, for support. */
  readonly code: string | null;

  constructor(kind: TokenErrorKind, message: string, code: string | null, cause?: unknown) {
    super(message, { cause });
    this.name = 'TokenError';
    this.kind = kind;
    this.code = code;
  }
}

const POPUP_BLOCKED = new Set(['popup_window_error', 'empty_window_error']);
const CANCELLED = new Set(['user_cancelled', 'access_denied']);

/** Turns what MSAL threw during interactive sign-in into a TokenError. */
export function interactiveFailure(error: unknown): TokenError {
  const code = errorCodeOf(error);
  if (code && POPUP_BLOCKED.has(code)) {
    return new TokenError(
      'popup-blocked',
      'Sign-in needs a pop-up window, and it was blocked. Allow pop-ups for this site, then try again.',
      code,
      error,
    );
  }
  if (code && CANCELLED.has(code)) {
    return new TokenError('cancelled', 'Sign-in was cancelled before it finished. Try again to continue.', code, error);
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new TokenError(
    'sign-in-failed',
    `Sign-in to Microsoft 365 did not complete${detail}. Try again; if it keeps failing, ask your administrator to check the app's permissions and consent.`,
    code,
    error,
  );
}

export function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { errorCode?: unknown }).errorCode;
  return typeof code === 'string' && code ? code : null;
}
