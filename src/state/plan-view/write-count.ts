import type { PlanStore } from '../../data/plan-store.port';

/**
 * The store methods that change what the screen shows from a load of the plan. The governance
 * summary is left out: a load's copy of it only decides whether to keep it again (it may lag).
 */
const WRITES = [
  'createPlan',
  'updatePlan',
  'createFindings',
  'updateFinding',
  'deleteFinding',
  'createAction',
  'updateAction',
  'deleteAction',
  'addProgressUpdate',
  'addMembers',
  'updateMember',
  'removeMember',
  'appendGovernanceEntry',
] as const satisfies readonly (keyof PlanStore)[];

/**
 * The writes this screen sends, counted, so that a reload can tell whether it overlapped one. A
 * load that began before a write ended may have been read before it, and showing it would take
 * the write off the screen (a person just added vanishing from the list) until the next reload.
 */
export interface WriteCount {
  /** The store, counting its writes. */
  readonly store: PlanStore;
  /** A mark taken when a load starts: null while a write is under way. */
  mark(): number | null;
  /** Whether no write has started since `mark` was taken, and none is under way. */
  unchangedSince(mark: number): boolean;
}

export function countWrites(store: PlanStore): WriteCount {
  let started = 0;
  let underWay = 0;
  const counted = { ...store };
  for (const name of WRITES) {
    const write = store[name] as (...args: unknown[]) => Promise<unknown>;
    (counted as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      started += 1;
      underWay += 1;
      try {
        return await write.apply(store, args);
      } finally {
        underWay -= 1;
      }
    };
  }
  return {
    store: counted,
    mark: () => (underWay > 0 ? null : started),
    unchangedSince: (mark) => underWay === 0 && started === mark,
  };
}
