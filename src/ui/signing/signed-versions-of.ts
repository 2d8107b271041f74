import type { StoreApi } from 'zustand/vanilla';
import { createSignedVersions, type SignedVersionsState } from '../../state/signed-versions';
import type { SubmissionLibrary } from '../../state/submission-library';

const stores = new WeakMap<SubmissionLibrary, StoreApi<SignedVersionsState>>();

/**
 * The signed versions kept through one signed-in person's library: made the first time a plan
 * view needs them, so the first view of the app carries none of it.
 */
export function signedVersionsOf(library: SubmissionLibrary): StoreApi<SignedVersionsState> {
  const known = stores.get(library);
  if (known) return known;
  const made = createSignedVersions(library);
  stores.set(library, made);
  return made;
}
