import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlanStore } from '../../src/data/plan-store.port';
import { StoreError } from '../../src/data/store-error';
import { idSource, type PlanId } from '../../src/domain/ids';
import { parseFindingsLetter } from '../../src/domain/letter/parse-letter';
import type { DirectoryUser } from '../../src/domain/persona';
import { err, ok } from '../../src/domain/result';
import type { RunningEmulator } from '../../src/emulator/start-emulator';
import type { PdfProgress } from '../../src/letter-text/extract-pdf-text';
import { memoryImportDraftStorage, type ImportDraftStorage } from '../../src/state/letter-import/draft-storage';
import { NOTHING_PASTED } from '../../src/state/letter-import/problem';
import { draftIn, type LetterFileInput } from '../../src/state/letter-import/state';
import { createLetterImportStore, type ExtractLetterText } from '../../src/state/letter-import/store';
import { startSeededEmulator, storeFor } from '../ui/support/render-app';
import { setEmulatorFaults } from '../support/emulator-control';

const LETTERS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/letters');
const EASTBROOK = readFileSync(path.join(LETTERS, 'eastbrook-2022.txt'), 'utf8');

let emulator: RunningEmulator;
let stop: () => Promise<void>;
let dcs: DirectoryUser;
let run = 0;

beforeAll(async () => {
  ({ emulator, stop } = await startSeededEmulator());
  dcs = await storeFor(emulator, 'u-dcs').whoAmI();
});
afterAll(async () => stop());
beforeEach(async () => {
  run++;
  await setEmulatorFaults(emulator, null);
});

const noExtraction: ExtractLetterText = () => Promise.reject(new Error('not expected in this test'));

function importer(options: { store?: PlanStore; storage?: ImportDraftStorage; extractText?: ExtractLetterText } = {}) {
  let n = 0;
  return createLetterImportStore({
    store: options.store ?? storeFor(emulator, 'u-dcs'),
    user: dcs,
    extractText: options.extractText ?? noExtraction,
    parse: parseFindingsLetter,
    storage: options.storage ?? memoryImportDraftStorage(),
    ids: idSource(() => `import-${run}-${++n}`),
    now: () => new Date('2022-09-27T09:00:00Z'),
  });
}

const file = (name: string, size = 1000): LetterFileInput & { reads: number } => ({
  name,
  type: 'application/pdf',
  size,
  reads: 0,
  arrayBuffer() {
    this.reads++;
    return Promise.resolve(new ArrayBuffer(8));
  },
});

function createdPlanId(store: ReturnType<typeof importer>): PlanId {
  const current = store.getState().current;
  if (current.status !== 'created') throw new Error(`expected created, got ${current.status}`);
  return current.planId;
}

const draftOf = (store: ReturnType<typeof importer>) => {
  const draft = draftIn(store.getState().current);
  if (!draft) throw new Error(`no draft in ${store.getState().current.status}`);
  return draft;
};

describe('reading a letter', () => {
  it('turns pasted text into a draft to review, and keeps it', () => {
    const storage = memoryImportDraftStorage();
    const store = importer({ storage });
    store.getState().readText(EASTBROOK);
    expect(store.getState().current.status).toBe('reviewing');
    expect(draftOf(store).items.map((i) => i.type)).toEqual([
      'improvement',
      'improvement',
      'improvement',
      'strength',
      'strength',
    ]);
    expect(storage.load()).toEqual(draftOf(store));
  });

  it('asks for text when the paste is blank', () => {
    const store = importer();
    store.getState().readText('  \n');
    expect(store.getState().current).toMatchObject({
      status: 'failed',
      problem: { code: 'LETTER.EMPTY' },
      draft: null,
    });
  });

  it('reports each page of a PDF as it is read', async () => {
    const seen: string[] = [];
    let progress: PdfProgress = () => undefined;
    let finish: () => void = () => undefined;
    const extractText: ExtractLetterText = (_file, onProgress) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = () => resolve(ok({ kind: 'pdf', text: EASTBROOK }))));
    };
    const store = importer({ extractText });
    store.subscribe((s) => s.current.status === 'reading' && seen.push(`${s.current.page}/${s.current.pages}`));
    const reading = store.getState().readFile(file('letter.pdf'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    progress(0, 2);
    progress(1, 2);
    finish();
    await reading;
    expect(seen).toEqual(['0/0', '1/2', '2/2']);
    expect(draftOf(store).source).toEqual({ kind: 'pdf', name: 'letter.pdf' });
  });

  it('explains why a file has no text, with no draft', async () => {
    const scanned =
      'This PDF has no text layer (it looks like a scan), so it cannot be read. Paste the letter’s text instead.';
    const store = importer({
      extractText: () => Promise.resolve(err({ code: 'LETTER.SCANNED_PDF', message: scanned })),
    });
    await store.getState().readFile(file('scan.pdf'));
    expect(store.getState().current).toEqual({
      status: 'failed',
      problem: { code: 'LETTER.SCANNED_PDF', message: scanned },
      draft: null,
    });
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const big = file('huge.pdf', 21 * 1024 * 1024);
    const store = importer();
    await store.getState().readFile(big);
    expect(big.reads).toBe(0);
    expect(store.getState().current).toMatchObject({
      status: 'failed',
      problem: { code: 'LETTER.TOO_LARGE', message: expect.stringContaining('the limit is 20 MB') },
    });
  });

  it('turns a failure to load the reader into a problem, not a crash', async () => {
    const store = importer({ extractText: () => Promise.reject(new Error('Loading chunk letter-text failed')) });
    await store.getState().readFile(file('letter.docx'));
    expect(store.getState().current).toMatchObject({ status: 'failed', problem: { code: 'IMPORT.READ_FAILED' } });
  });

  it('ignores a file still being read when the person discards it', async () => {
    let finish: () => void = () => undefined;
    const store = importer({
      extractText: () => new Promise((resolve) => (finish = () => resolve(ok({ kind: 'pdf', text: EASTBROOK })))),
    });
    const reading = store.getState().readFile(file('letter.pdf'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    store.getState().discard();
    finish();
    await reading;
    expect(store.getState().current).toEqual({ status: 'idle' });
  });

  it('cancelling a read stops the reader and puts the import back as it was', async () => {
    let signal: AbortSignal | undefined;
    let finish: () => void = () => undefined;
    const store = importer({
      extractText: (_file, _onProgress, readSignal) => {
        signal = readSignal;
        return new Promise((resolve) => (finish = () => resolve(ok({ kind: 'pdf', text: EASTBROOK }))));
      },
    });
    store.getState().readText('   ');
    const before = store.getState().current;
    const reading = store.getState().readFile(file('letter.pdf'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().current.status).toBe('reading');
    store.getState().cancelRead();
    expect(signal?.aborted).toBe(true);
    expect(store.getState().current).toBe(before);
    finish();
    await reading;
    expect(store.getState().current).toEqual({ status: 'failed', problem: NOTHING_PASTED, draft: null });
  });

  it('does nothing on cancel when no file is being read', () => {
    const store = importer();
    store.getState().readText(EASTBROOK);
    const reviewing = store.getState().current;
    store.getState().cancelRead();
    expect(store.getState().current).toBe(reviewing);
  });
});

describe('reviewing', () => {
  it('gives split and added items fresh ids, and keeps every edit', () => {
    const storage = memoryImportDraftStorage();
    const store = importer({ storage });
    store.getState().readText(EASTBROOK);
    const first = draftOf(store).items[0]!;
    store.getState().review({ type: 'split', id: first.id, at: 16 });
    store.getState().review({ type: 'add', itemType: 'priority-action', after: null });
    const items = draftOf(store).items;
    expect(items).toHaveLength(7);
    expect(new Set(items.map((i) => i.id)).size).toBe(7);
    expect(storage.load()?.items).toEqual(items);
  });

  it('comes back after a reload from what was kept', () => {
    const storage = memoryImportDraftStorage();
    const first = importer({ storage });
    first.getState().readText(EASTBROOK);
    first.getState().review({ type: 'set-metadata', patch: { area: 'Eastbrook and Vale' } });
    const reloaded = importer({ storage });
    expect(reloaded.getState().current).toEqual({ status: 'reviewing', draft: draftOf(first), problems: null });
  });

  it('starts afresh when what was kept cannot be trusted', () => {
    const storage: ImportDraftStorage = { load: () => null, save: () => false, clear: () => undefined };
    const store = importer({ storage });
    expect(store.getState().current).toEqual({ status: 'idle' });
    store.getState().readText(EASTBROOK);
    expect(store.getState().draftKept).toBe(false);
  });

  it('lists what to fix when asked to create too soon, and clears each problem as it is fixed', async () => {
    const store = importer();
    store.getState().readText(EASTBROOK);
    store.getState().review({ type: 'set-metadata', patch: { area: '', letterDate: '31/02/2022' } });
    await store.getState().create();
    const state = store.getState().current;
    expect(state.status === 'reviewing' && Object.keys(state.problems?.fields ?? {})).toEqual(['area', 'letterDate']);
    store.getState().review({ type: 'set-metadata', patch: { area: 'Eastbrook' } });
    const after = store.getState().current;
    expect(after.status === 'reviewing' && Object.keys(after.problems?.fields ?? {})).toEqual(['letterDate']);
  });
});

/** The real adapter, with one operation that fails once: after doing its work, as a dropped reply. */
function failingOnce(store: PlanStore, method: 'createFindings' | 'addMembers' | 'createPlan'): PlanStore {
  let failed = false;
  return {
    ...store,
    [method]: async (arg: never) => {
      const result = await (store[method] as (a: never) => Promise<unknown>)(arg);
      if (!failed) {
        failed = true;
        throw new StoreError('offline', 'The connection dropped.');
      }
      return result;
    },
  };
}

async function plansTitled(title: string): Promise<number> {
  const plans = await storeFor(emulator, 'u-dcs').listPlans();
  return plans.filter((p) => p.value.title === title).length;
}

describe('creating the plan', () => {
  it('stores the plan, its findings in order and the creator as its admin, then forgets the draft', async () => {
    const storage = memoryImportDraftStorage();
    const store = importer({ storage });
    store.getState().readText(EASTBROOK);
    const draft = draftOf(store);
    await store.getState().create();
    expect(store.getState().current).toEqual({ status: 'created', planId: draft.ids.plan });
    expect(storage.load()).toBeNull();
    const loaded = await storeFor(emulator, 'u-dcs').loadPlan(draft.ids.plan);
    expect(loaded.plan.value).toMatchObject({ area: 'Eastbrook', stage: 'drafting', printedDeadline: '2023-01-06' });
    expect(loaded.findings.map((f) => f.value.text)).toEqual(draft.items.map((i) => i.text));
    expect(loaded.members.map((m) => [m.value.userId, m.value.role])).toEqual([['u-dcs', 'plan-admin']]);
  });

  it('lets a site owner who runs no plan yet create one, and makes them its admin', async () => {
    const lead = await storeFor(emulator, 'u-improvement-lead').whoAmI();
    const store = createLetterImportStore({
      store: storeFor(emulator, 'u-improvement-lead'),
      user: lead,
      extractText: noExtraction,
      parse: parseFindingsLetter,
      storage: memoryImportDraftStorage(),
      ids: idSource(() => `police-${run}-${Math.random().toString(36).slice(2, 10)}`),
      now: () => new Date('2022-09-27T09:00:00Z'),
    });
    store.getState().readText(EASTBROOK);
    await store.getState().create();
    expect(store.getState().current.status).toBe('created');
  });

  it('keeps the draft and says what happened when SharePoint fails, and the retry creates one plan', async () => {
    const storage = memoryImportDraftStorage();
    const store = importer({ storage });
    store.getState().readText(EASTBROOK);
    store.getState().review({ type: 'set-metadata', patch: { area: `Retry ${run}` } });
    await setEmulatorFaults(emulator, { failNext: { status: 503, count: 3, retryAfterSeconds: 0 } });
    await store.getState().create();
    const failed = store.getState().current;
    expect(failed).toMatchObject({
      status: 'failed',
      problem: { code: 'IMPORT.CREATE_FAILED', message: expect.stringContaining('Your review is kept') },
    });
    expect(storage.load()).not.toBeNull();
    await setEmulatorFaults(emulator, null);
    await store.getState().create();
    expect(store.getState().current.status).toBe('created');
    expect(
      await plansTitled(`Retry ${run} JTAI 2022: multi-agency response to identification of initial need and risk`),
    ).toBe(1);
  });

  it.each(['createPlan', 'addMembers', 'createFindings'] as const)(
    'finishes after a reload when the reply to %s was lost, without writing anything twice',
    async (method) => {
      const storage = memoryImportDraftStorage();
      const first = importer({ storage, store: failingOnce(storeFor(emulator, 'u-dcs'), method) });
      first.getState().readText(EASTBROOK);
      await first.getState().create();
      expect(first.getState().current.status).toBe('failed');
      const draft = draftOf(first);
      const reloaded = importer({ storage });
      await reloaded.getState().create();
      expect(reloaded.getState().current).toEqual({ status: 'created', planId: draft.ids.plan });
      const loaded = await storeFor(emulator, 'u-dcs').loadPlan(draft.ids.plan);
      expect(loaded.findings).toHaveLength(5);
      expect(loaded.members).toHaveLength(1);
      const plans = await storeFor(emulator, 'u-dcs').listPlans();
      expect(plans.filter((p) => p.value.id === draft.ids.plan)).toHaveLength(1);
    },
  );

  it('brings a half-created plan in line with edits made before the retry', async () => {
    const store = importer({ store: failingOnce(storeFor(emulator, 'u-dcs'), 'createFindings') });
    store.getState().readText(EASTBROOK);
    await store.getState().create();
    const [one, two] = draftOf(store).items;
    store.getState().review({ type: 'merge-with-next', id: one!.id });
    store.getState().review({ type: 'toggle-agency', id: one!.id, agency: 'health' });
    expect(store.getState().current.status).toBe('failed');
    await store.getState().create();
    const loaded = await storeFor(emulator, 'u-dcs').loadPlan(createdPlanId(store));
    expect(loaded.findings.map((f) => f.value.id)).not.toContain(two!.id);
    expect(loaded.findings[0]?.value).toMatchObject({
      id: one!.id,
      agencies: ['childrens-social-care', 'police', 'health'],
      order: 0,
    });
    expect(loaded.findings).toHaveLength(4);
  });
});
