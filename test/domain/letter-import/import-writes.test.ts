import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/finding';
import { importWrites, type StoredImport } from '../../../src/domain/letter-import/import-writes';
import { toPlanAndFindings, type PlanImport } from '../../../src/domain/letter-import/to-plan-and-findings';
import { DCS, IDS, draftWith, fid, item } from './draft-fixtures';

function wanted(): PlanImport {
  const result = toPlanAndFindings(draftWith([item(1), item(2), item(3)]), IDS, DCS);
  if (!result.ok) throw new Error('fixture draft is invalid');
  return result.value;
}

const NOTHING: StoredImport = { plan: null, findings: [], members: [] };
/** As read back from the store: same values, keys in another order. */
const reordered = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
const ids = (findings: readonly Finding[]) => findings.map((f) => f.id);

describe('the writes an import needs', () => {
  it('creates everything when nothing is stored', () => {
    const w = wanted();
    expect(importWrites(w, NOTHING)).toEqual({
      createPlan: w.plan,
      addCreator: w.creator,
      updatePlan: null,
      createFindings: w.findings,
      updateFindings: [],
      deleteFindings: [],
    });
  });

  it('writes nothing when an earlier attempt stored it all', () => {
    const w = wanted();
    const stored = { plan: reordered(w.plan), findings: w.findings.map(reordered), members: [reordered(w.creator)] };
    expect(importWrites(w, stored)).toEqual({
      createPlan: null,
      addCreator: null,
      updatePlan: null,
      createFindings: [],
      updateFindings: [],
      deleteFindings: [],
    });
  });

  it('finishes what an interrupted attempt started', () => {
    const w = wanted();
    const writes = importWrites(w, { plan: w.plan, findings: w.findings.slice(0, 1), members: [] });
    expect(writes.createPlan).toBeNull();
    expect(writes.addCreator).toEqual(w.creator);
    expect(ids(writes.createFindings)).toEqual([fid(2), fid(3)]);
  });

  it('brings stored findings and details in line with edits made since', () => {
    const w = wanted();
    const stale: StoredImport = {
      plan: { ...w.plan, area: 'Old name' },
      findings: [
        { ...w.findings[0]!, text: 'Before the edit.' },
        w.findings[1]!,
        { ...w.findings[2]!, id: fid('gone') },
      ],
      members: [w.creator],
    };
    const writes = importWrites(w, stale);
    expect(writes.updatePlan).toEqual(w.plan);
    expect(ids(writes.updateFindings)).toEqual([fid(1)]);
    expect(ids(writes.createFindings)).toEqual([fid(3)]);
    expect(writes.deleteFindings).toEqual([fid('gone')]);
  });
});
