import type { Problem } from './describe-store-error';

/** Where a load has got to, as one union the UI switches on. */
export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready' }
  | { readonly status: 'error'; readonly problem: Problem };
