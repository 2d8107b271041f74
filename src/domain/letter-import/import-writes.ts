import type { Finding } from '../finding';
import type { FindingId } from '../ids';
import type { Member } from '../member';
import type { Plan } from '../plan';
import type { PlanImport } from './to-plan-and-findings';

/** What an earlier, interrupted attempt left stored under the draft's plan id. */
export interface StoredImport {
  readonly plan: Plan | null;
  readonly findings: readonly Finding[];
  readonly members: readonly Member[];
}

/** The writes that make the store hold exactly the import, in the order they must run. */
export interface ImportWrites {
  readonly createPlan: Plan | null;
  /** The creator is added before any other write: only plan admins may change findings. */
  readonly addCreator: Member | null;
  readonly updatePlan: Plan | null;
  readonly createFindings: readonly Finding[];
  readonly updateFindings: readonly Finding[];
  readonly deleteFindings: readonly FindingId[];
}

/** Key order differs between what was built and what was read back, so compare canonically. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/**
 * Compares the import with what is stored, so a retry after a failure (a dropped connection, a
 * reload mid-create) finishes the job instead of writing anything twice. The person may have
 * edited the draft between attempts, so stored findings are updated or removed to match.
 */
export function importWrites(wanted: PlanImport, stored: StoredImport): ImportWrites {
  const storedFindings = new Map(stored.findings.map((f) => [f.id, f]));
  const wantedIds = new Set(wanted.findings.map((f) => f.id));
  return {
    createPlan: stored.plan ? null : wanted.plan,
    addCreator: stored.members.some((m) => m.id === wanted.creator.id) ? null : wanted.creator,
    updatePlan: stored.plan && !same(stored.plan, wanted.plan) ? wanted.plan : null,
    createFindings: wanted.findings.filter((f) => !storedFindings.has(f.id)),
    updateFindings: wanted.findings.filter((f) => {
      const before = storedFindings.get(f.id);
      return before !== undefined && !same(before, f);
    }),
    deleteFindings: stored.findings.filter((f) => !wantedIds.has(f.id)).map((f) => f.id),
  };
}
