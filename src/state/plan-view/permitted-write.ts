import type { Member } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { refusedOrFailed } from '../describe-store-error';
import type { CommandProblem } from '../outcome';

/** Who may make a write, and what anyone else is told. */
export interface WritePermission {
  readonly allowed: (me: Member | null) => boolean;
  readonly refusal: string;
}

/**
 * Runs a write on the loaded plan for someone allowed to make it: with no plan loaded it fails,
 * anyone else is refused, and a store failure becomes an outcome (`onError`'s, where it knows what
 * the failure means).
 */
export async function permittedWrite<O>(
  view: { readonly snapshot: () => PlanSnapshot | null; readonly me: () => Member | null },
  permission: WritePermission,
  work: (snapshot: PlanSnapshot) => Promise<O>,
  onError: (error: unknown, snapshot: PlanSnapshot) => O | CommandProblem | null = () => null,
): Promise<O | CommandProblem> {
  const snapshot = view.snapshot();
  if (!snapshot) return { status: 'failed', message: 'The plan is not loaded.' };
  if (!permission.allowed(view.me())) return { status: 'refused', message: permission.refusal };
  try {
    return await work(snapshot);
  } catch (error) {
    return onError(error, snapshot) ?? refusedOrFailed(error);
  }
}
