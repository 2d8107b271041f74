import { describe, expect, it } from 'vitest';
import type { StoreVersion, Versioned } from '../../src/data/plan-store.port';
import { StoreError } from '../../src/data/store-error';
import { MERGE_ATTEMPTS, mergedUnlessConflict, writeMerging } from '../../src/state/write-merging';
import { mergeThreeWay } from '../../src/domain/merge/three-way-merge';

interface Rec {
  readonly a: string;
  readonly b: string;
}
const v = (n: number) => `v${n}` as StoreVersion;
const mergeRec = mergedUnlessConflict((base: Rec, theirs: Rec, mine: Rec) =>
  mergeThreeWay(base, theirs, mine, ['a', 'b'] as const),
);

/** A store holding one record, whose other writers save `changes` one before each of our writes. */
function storeWith(start: Rec, changes: Rec[]) {
  let stored: Versioned<Rec> = { value: start, version: v(1) };
  const writes: [Rec, StoreVersion][] = [];
  const write = async (value: Rec, version: StoreVersion): Promise<Versioned<Rec>> => {
    const theirs = changes.shift();
    if (theirs) stored = { value: theirs, version: v(Number(stored.version.slice(1)) + 1) };
    writes.push([value, version]);
    if (version !== stored.version) throw new StoreError('conflict', 'Precondition failed', { current: stored });
    stored = { value, version: v(Number(version.slice(1)) + 1) };
    return stored;
  };
  return { write, writes, stored: () => stored };
}

describe('writing an edit that merges with changes saved meanwhile', () => {
  const base: Rec = { a: 'a0', b: 'b0' };

  it('writes once when nobody else saved', async () => {
    const store = storeWith(base, []);
    const mine = { ...base, a: 'mine' };
    const written = await writeMerging({ base, version: v(1), value: mine, write: store.write, merge: mergeRec });
    expect(written).toEqual({ status: 'saved', saved: { value: mine, version: v(2) } });
  });

  it('merges a change to another field and writes again over the new version', async () => {
    const store = storeWith(base, [{ ...base, b: 'theirs' }]);
    const written = await writeMerging({
      base,
      version: v(1),
      value: { ...base, a: 'mine' },
      write: store.write,
      merge: mergeRec,
    });
    expect(written).toMatchObject({ status: 'saved', saved: { value: { a: 'mine', b: 'theirs' } } });
    expect(store.writes.map(([, version]) => version)).toEqual([v(1), v(2)]);
  });

  it('stops at the first conflicting field, with what the merge needs', async () => {
    const theirs = { ...base, a: 'theirs' };
    const store = storeWith(base, [theirs]);
    const mine = { ...base, a: 'mine' };
    const written = await writeMerging({ base, version: v(1), value: mine, write: store.write, merge: mergeRec });
    expect(written).toEqual({ status: 'conflict', base, theirs: { value: theirs, version: v(2) }, mine });
    expect(store.writes).toHaveLength(1);
  });

  it(`gives up after ${MERGE_ATTEMPTS} writes when changes keep arriving`, async () => {
    const changes = [1, 2, 3].map((n) => ({ a: 'a0', b: `b${n}` }));
    const store = storeWith(base, changes);
    const written = await writeMerging({
      base,
      version: v(1),
      value: { ...base, a: 'mine' },
      write: store.write,
      merge: mergeRec,
    });
    expect(store.writes).toHaveLength(MERGE_ATTEMPTS);
    expect(written).toMatchObject({
      status: 'conflict',
      base: { a: 'a0', b: 'b2' },
      theirs: { value: { a: 'a0', b: 'b3' } },
      mine: { a: 'mine', b: 'b2' },
    });
  });

  it('counts as saved when what is stored already holds the edit', async () => {
    const mine = { ...base, a: 'mine' };
    const store = storeWith(base, [mine]);
    const written = await writeMerging({ base, version: v(1), value: mine, write: store.write, merge: mergeRec });
    expect(written).toEqual({ status: 'saved', saved: { value: mine, version: v(2) } });
    expect(store.writes).toHaveLength(1);
  });

  it('throws failures other than a conflict', async () => {
    const write = () => Promise.reject(new StoreError('forbidden', 'No'));
    await expect(writeMerging({ base, version: v(1), value: base, write, merge: mergeRec })).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });
});
