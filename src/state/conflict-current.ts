import type { Versioned } from '../data/plan-store.port';
import { isStoreError } from '../data/store-error';

/** The stored value a conflict (412) carries, or null when the failure is not a conflict or carries none. */
export function conflictCurrent<T>(error: unknown): Versioned<T> | null {
  if (!isStoreError(error) || error.kind !== 'conflict') return null;
  return (error.details.current as Versioned<T> | undefined) ?? null;
}
