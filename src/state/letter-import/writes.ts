import type { PlanStore, StoreVersion } from '../../data/plan-store.port';
import { isStoreError } from '../../data/store-error';
import type { PlanId } from '../../domain/ids';
import { importWrites, type StoredImport } from '../../domain/letter-import/import-writes';
import type { PlanImport } from '../../domain/letter-import/to-plan-and-findings';

interface StoredWithVersions {
  readonly stored: StoredImport;
  readonly versions: ReadonlyMap<string, StoreVersion>;
}

const NOTHING_STORED: StoredWithVersions = { stored: { plan: null, findings: [], members: [] }, versions: new Map() };

/** What an earlier attempt left under this plan id; a plan not found means a first attempt. */
async function readStored(store: PlanStore, planId: PlanId): Promise<StoredWithVersions> {
  try {
    const loaded = await store.loadPlan(planId);
    const versions = new Map<string, StoreVersion>();
    for (const v of [loaded.plan, ...loaded.findings, ...loaded.members]) versions.set(v.value.id, v.version);
    return {
      stored: {
        plan: loaded.plan.value,
        findings: loaded.findings.map((f) => f.value),
        members: loaded.members.map((m) => m.value),
      },
      versions,
    };
  } catch (error) {
    if (isStoreError(error) && error.kind === 'not-found') return NOTHING_STORED;
    throw error;
  }
}

function versionOf(versions: ReadonlyMap<string, StoreVersion>, id: string): StoreVersion {
  const version = versions.get(id);
  if (!version) throw new Error(`No stored version for ${id}`);
  return version;
}

/**
 * Stores a reviewed import so that running it again (after a failure, a reload, or edits made
 * since) leaves exactly one plan holding exactly the import. The creator is added straight after
 * the plan because only plan admins may write its findings.
 */
export async function writeImport(store: PlanStore, wanted: PlanImport): Promise<void> {
  const { stored, versions } = await readStored(store, wanted.plan.id);
  const writes = importWrites(wanted, stored);
  if (writes.createPlan) await store.createPlan(writes.createPlan);
  if (writes.addCreator) await store.addMembers([writes.addCreator]);
  if (writes.updatePlan) await store.updatePlan(writes.updatePlan, versionOf(versions, writes.updatePlan.id));
  for (const id of writes.deleteFindings) await store.deleteFinding(id, versionOf(versions, id));
  for (const finding of writes.updateFindings) await store.updateFinding(finding, versionOf(versions, finding.id));
  if (writes.createFindings.length > 0) await store.createFindings(writes.createFindings);
}
