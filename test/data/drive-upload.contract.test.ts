import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphPlanStore } from '../../src/data/graph/graph-plan-store';
import type { PlanId } from '../../src/domain/ids';
import type { PlanStore, SubmissionFile } from '../../src/data/plan-store.port';
import { EMULATOR_SITE_ID } from '../../src/emulator/start-emulator';
import { uniqueSuffix } from './support/fixtures';
import { startPlan, storeErrorOf } from './support/plan-setup';
import { startTestEmulator, type TestEmulator } from './support/test-emulator';

/**
 * Saving the submission to the site's document library, through the Graph adapter over HTTP
 * to the emulator: simple uploads, upload sessions, versions, permissions and failures.
 */

let emulator: TestEmulator;

interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

/**
 * A fetch that records what the adapter sends without touching the bodies (the shared recorder
 * re-sends bodies as text, which would corrupt binary uploads), with a hook before each request.
 */
function watchedFetch(before: (request: SentRequest) => void | Promise<void> = () => undefined) {
  const sent: SentRequest[] = [];
  const send: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const request = { method: init?.method ?? 'GET', url, headers: new Headers(init?.headers) };
    sent.push(request);
    await before(request);
    return fetch(input, init);
  };
  return { send, sent };
}

function storeAs(userId: string, send: typeof fetch = fetch): PlanStore {
  return createGraphPlanStore({
    graphBaseUrl: emulator.graphBaseUrl(),
    siteId: EMULATOR_SITE_ID,
    getToken: async () => `demo.${userId}`,
    retry: { maxRetries: 3, delaySeconds: 0 },
    fetch: send,
  });
}

/** Bytes that differ from position to position, so a misplaced fragment shows. */
function patterned(size: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 7 + seed + (i >> 10)) & 0xff;
  return bytes;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function downloadedDigest(webUrl: string): Promise<string> {
  const response = await fetch(webUrl);
  expect(response.status).toBe(200);
  return digest(new Uint8Array(await response.arrayBuffer()));
}

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FIVE_MB = 5 * 1024 * 1024;

const aFile = (overrides: Partial<SubmissionFile> = {}): SubmissionFile => ({
  planId: 'plan-haringey-2018' as PlanId,
  fileName: `Submission ${uniqueSuffix()}.docx`,
  bytes: patterned(20_000),
  contentType: WORD,
  ...overrides,
});

const isFragment = (r: SentRequest) => r.method === 'PUT' && r.url.includes('/uploadSession/');

beforeAll(async () => {
  emulator = await startTestEmulator();
  const dcs = storeAs('u-dcs');
  await dcs.ensureSchema();
  await startPlan(dcs, ['u-improvement-lead', 'u-police-owner']);
});
afterAll(() => emulator.stop());
afterEach(() => emulator.clearFaults());

describe('saving the submission to the document library', () => {
  it('puts a small file in one request under JTAI submissions/<plan>/ and reads back its version', async () => {
    const { send, sent } = watchedFetch();
    const file = aFile();
    const saved = await storeAs('u-dcs', send).saveSubmissionFile(file);

    expect(saved).toMatchObject({ name: file.fileName, version: '1.0', size: file.bytes.length });
    expect(saved.webUrl).toContain('/Shared%20Documents/JTAI%20submissions/plan-haringey-2018/');
    expect(Date.parse(saved.savedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await downloadedDigest(saved.webUrl)).toBe(digest(file.bytes));
    const puts = sent.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.url).toMatch(
      /\/drive\/root:\/JTAI%20submissions\/.+:\/content\?@microsoft\.graph\.conflictBehavior=replace$/,
    );
    expect(puts[0]?.headers.get('content-type')).toBe(WORD);
  });

  it('makes a new version each time the same file is saved, small or large', async () => {
    const dcs = storeAs('u-dcs');
    const file = aFile();
    expect((await dcs.saveSubmissionFile(file)).version).toBe('1.0');
    expect((await dcs.saveSubmissionFile({ ...file, bytes: patterned(30_000, 2) })).version).toBe('2.0');
    const large = { ...file, bytes: patterned(FIVE_MB, 3) };
    const saved = await dcs.saveSubmissionFile(large);
    expect(saved).toMatchObject({ version: '3.0', size: FIVE_MB });
    expect(await downloadedDigest(saved.webUrl)).toBe(digest(large.bytes));
  });

  it('sends a 5 MB file through an upload session in 320 KiB-multiple fragments, without the token', async () => {
    const { send, sent } = watchedFetch();
    const file = aFile({ bytes: patterned(FIVE_MB, 4) });
    const saved = await storeAs('u-improvement-lead', send).saveSubmissionFile(file);

    expect(saved).toMatchObject({ version: '1.0', size: FIVE_MB });
    expect(await downloadedDigest(saved.webUrl)).toBe(digest(file.bytes));
    expect(sent.some((r) => r.method === 'POST' && r.url.endsWith(':/createUploadSession'))).toBe(true);
    const fragments = sent.filter(isFragment);
    expect(fragments.length).toBeGreaterThan(1);
    const ranges = fragments.map((r) => /^bytes (\d+)-(\d+)\/(\d+)$/.exec(r.headers.get('content-range') ?? ''));
    for (const [i, range] of ranges.entries()) {
      const [first, last, total] = [Number(range?.[1]), Number(range?.[2]), Number(range?.[3])];
      expect(total).toBe(FIVE_MB);
      if (i < ranges.length - 1) expect((last - first + 1) % (320 * 1024)).toBe(0);
    }
    expect(fragments.every((r) => !r.headers.has('authorization'))).toBe(true);
  });

  it('keeps each plan’s files in a folder of its own, named by the plan’s id, and makes the file name safe', async () => {
    const saved = await storeAs('u-dcs').saveSubmissionFile(
      aFile({ planId: 'plan-tottenham' as PlanId, fileName: ' ..Plan: "Joint" <review> #1.xlsx' }),
    );
    expect(saved.webUrl).toMatch(/\/JTAI%20submissions\/plan-tottenham\/Plan%20Joint%20review%201\.xlsx$/);
  });
});

describe('failures', () => {
  it('reports a save SharePoint refuses (the folder’s permissions) as forbidden, for both kinds of upload', async () => {
    const folder = '/sites/jtai-partnership/Shared Documents/JTAI submissions/plan-locked';
    await storeAs('u-dcs').saveSubmissionFile(aFile({ planId: 'plan-locked' as PlanId }));
    const url = `${new URL(emulator.graphBaseUrl()).origin}/sites/jtai-partnership/_api/web/GetFolderByServerRelativeUrl('${encodeURIComponent(folder)}')/ListItemAllFields/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`;
    const broke = await fetch(url, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo.u-dcs', Accept: 'application/json' },
    });
    expect(broke.status).toBe(200);
    const locked = aFile({ planId: 'plan-locked' as PlanId });
    await storeErrorOf(storeAs('u-police-owner').saveSubmissionFile(locked), 'forbidden');
    await storeErrorOf(
      storeAs('u-police-owner').saveSubmissionFile({ ...locked, bytes: patterned(FIVE_MB) }),
      'forbidden',
    );
  });

  it('retries a throttled simple upload after Retry-After', async () => {
    const { send, sent } = watchedFetch();
    await emulator.setFaults({ failNext: { status: 429, count: 1, retryAfterSeconds: 0 } });
    const saved = await storeAs('u-dcs', send).saveSubmissionFile(aFile());
    expect(saved.version).toBe('1.0');
    expect(sent.filter((r) => r.method === 'PUT')).toHaveLength(2);
  });

  it('resends a fragment the server was too busy for, and resumes after a dropped connection', async () => {
    let fragments = 0;
    const { send, sent } = watchedFetch(async (request) => {
      if (!isFragment(request)) return;
      fragments += 1;
      if (fragments === 1) await emulator.setFaults({ failNext: { status: 503, count: 1, retryAfterSeconds: 0 } });
      if (fragments === 3) await emulator.setFaults({ dropNext: 1 });
    });
    // Three fragments: the first is refused once, the answer to the second is lost.
    const file = aFile({ bytes: patterned(8 * 1024 * 1024, 5) });
    const saved = await storeAs('u-dcs', send).saveSubmissionFile(file);

    expect(saved).toMatchObject({ version: '1.0', size: file.bytes.length });
    expect(await downloadedDigest(saved.webUrl)).toBe(digest(file.bytes));
    expect(sent.filter(isFragment)).toHaveLength(4);
    expect(sent.some((r) => r.method === 'GET' && r.url.includes('/uploadSession/'))).toBe(true);
  });

  it('finds the file saved when the answer to the last fragment is lost', async () => {
    let dropped = false;
    const { send } = watchedFetch(async (request) => {
      const range = /^bytes \d+-(\d+)\/(\d+)$/.exec(request.headers.get('content-range') ?? '');
      const isLast = range !== null && Number(range[1]) + 1 === Number(range[2]);
      if (isFragment(request) && isLast && !dropped) {
        dropped = true;
        await emulator.setFaults({ dropNext: 1 });
      }
    });
    const file = aFile({ bytes: patterned(FIVE_MB, 6) });
    const saved = await storeAs('u-dcs', send).saveSubmissionFile(file);
    expect(saved).toMatchObject({ version: '1.0', size: FIVE_MB });
  });

  it('gives up as throttled when the server stays busy', async () => {
    await emulator.setFaults({ failNext: { status: 503, count: 10, retryAfterSeconds: 0 } });
    await storeErrorOf(storeAs('u-dcs').saveSubmissionFile(aFile()), 'throttled');
  });

  it('reports a lost network as offline', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    await storeErrorOf(storeAs('u-dcs', offline).saveSubmissionFile(aFile()), 'offline');
  });
});
