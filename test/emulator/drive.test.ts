import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DRIVE_DIR, JOURNAL_FILE, SNAPSHOT_FILE } from '../../src/emulator/persistence/durable-site';
import { spawnEmulator } from './support/emulator-process';
import { graphClient, SITE, type GraphClient } from './support/graph-client';
import { addToGroup, GROUP, removeFromGroup } from './support/sp-rest';
import { startTestEmulator, tempDataDir } from './support/test-emulator';

/** The document library over the wire: what the adapter relies on for saving the submission. */

const FOLDER = 'JTAI submissions/Test plan';
const itemPath = (name: string) =>
  `${SITE}/drive/root:/${`${FOLDER}/${name}`.split('/').map(encodeURIComponent).join('/')}`;
const KIB_320 = 320 * 1024;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface BinaryReply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
}

/** A raw request with a binary body (the test client only speaks JSON). */
async function send(
  url: string,
  method: string,
  options: { as?: string | null; bytes?: Uint8Array; headers?: Record<string, string> } = {},
): Promise<BinaryReply> {
  const as = options.as === undefined ? 'u-dcs' : options.as;
  const response = await fetch(url, {
    method,
    headers: { ...(as === null ? {} : { Authorization: `Bearer demo.${as}` }), ...options.headers },
    ...(options.bytes ? { body: options.bytes.slice() } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

const upload = (graph: GraphClient, name: string, bytes: Uint8Array, as?: string | null, query = '') =>
  send(`${graph.url}/v1.0${itemPath(name)}:/content${query}`, 'PUT', {
    as,
    bytes,
    headers: { 'Content-Type': 'application/octet-stream' },
  });

/** Bytes that differ from position to position, so a misplaced fragment shows. */
function patterned(size: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed + (i >> 12)) & 0xff;
  return bytes;
}

/** A digest to compare contents by: deep equality over megabytes of bytes is very slow. */
const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function downloaded(url: string, as: string | null = 'u-dcs'): Promise<string> {
  const response = await fetch(url, { headers: as === null ? {} : { Authorization: `Bearer demo.${as}` } });
  expect(response.status).toBe(200);
  return digest(new Uint8Array(await response.arrayBuffer()));
}

const versionIds = async (graph: GraphClient, itemId: string) =>
  ((await graph.call('GET', `${SITE}/drive/items/${itemId}/versions`)).body.value ?? []).map((v) => v.id);

const setUp = () => startTestEmulator();

describe('simple upload', () => {
  it('creates the folders, stores the bytes and returns the driveItem', async () => {
    const { graph } = await setUp();
    const bytes = new TextEncoder().encode('The consolidated submission, version one.');
    const reply = await upload(graph, 'Submission.docx', bytes);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      name: 'Submission.docx',
      size: bytes.length,
      file: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      parentReference: { path: expect.stringMatching(/\/root:\/JTAI submissions\/Test plan$/) },
    });
    expect(reply.body['id']).toMatch(/^01[0-9A-Z]{32}$/);
    expect(reply.body['eTag']).toMatch(/,1"$/);
    expect(reply.body['webUrl']).toBe(
      `${graph.url}/sites/jtai-partnership/Shared%20Documents/JTAI%20submissions/Test%20plan/Submission.docx`,
    );
    expect(Date.parse(String(reply.body['lastModifiedDateTime']))).not.toBeNaN();

    const folder = await graph.call('GET', `${SITE}/drive/root:/JTAI%20submissions/Test%20plan`);
    expect(folder.body).toMatchObject({ name: 'Test plan', folder: { childCount: 1 } });
    const metadata = await graph.call('GET', itemPath('Submission.docx'));
    expect(metadata.body).toMatchObject({ id: reply.body['id'], size: bytes.length });
  });

  it('makes a new version on every upload and serves the latest bytes', async () => {
    const { graph } = await setUp();
    const first = await upload(graph, 'Plan.xlsx', patterned(1000, 1));
    const second = await upload(graph, 'Plan.xlsx', patterned(1500, 2));
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ id: first.body['id'], size: 1500 });
    expect(second.body['eTag']).not.toBe(first.body['eTag']);
    expect(await versionIds(graph, String(first.body['id']))).toEqual(['2.0', '1.0']);

    const content = await fetch(`${graph.url}/v1.0${itemPath('Plan.xlsx')}:/content`, {
      headers: { Authorization: 'Bearer demo.u-dcs' },
      redirect: 'manual',
    });
    expect(content.status).toBe(302);
    expect(content.headers.get('location')).toBe(second.body['webUrl']);
    expect(await downloaded(`${graph.url}/v1.0${itemPath('Plan.xlsx')}:/content`)).toBe(digest(patterned(1500, 2)));
  });

  it('serves the webUrl as a download a browser can open without a token', async () => {
    const { graph } = await setUp();
    const bytes = patterned(4096);
    const { body } = await upload(graph, "Children's services.docx", bytes);
    const response = await fetch(String(body['webUrl']));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(digest(new Uint8Array(await response.arrayBuffer()))).toBe(digest(bytes));
  });

  it('answers 401 without a token and 404 for a file that is not there', async () => {
    const { graph } = await setUp();
    expect((await upload(graph, 'a.docx', patterned(10), null)).status).toBe(401);
    expect((await graph.call('GET', itemPath('missing.docx'))).status).toBe(404);
  });

  it('honours conflictBehavior fail and refuses names SharePoint does not allow', async () => {
    const { graph } = await setUp();
    await upload(graph, 'Once.docx', patterned(10));
    const again = await upload(graph, 'Once.docx', patterned(10), 'u-dcs', '?@microsoft.graph.conflictBehavior=fail');
    expect(again.status).toBe(409);
    const bad = await send(`${graph.url}/v1.0${SITE}/drive/root:/JTAI%20submissions/a%3Fb.docx:/content`, 'PUT', {
      bytes: patterned(10),
    });
    expect(bad.status).toBe(400);
  });
});

describe('who may save', () => {
  it('lets the site’s members save, and its visitors only read', async () => {
    const { graph } = await setUp();
    expect((await upload(graph, 'By member.docx', patterned(10), 'u-police-owner')).status).toBe(201);
    await removeFromGroup(graph, GROUP.members, 'u-chief-executive');
    await addToGroup(graph, GROUP.visitors, 'robert.lang@example.gov.uk');
    const denied = await upload(graph, 'By visitor.docx', patterned(10), 'u-chief-executive');
    expect(denied.status).toBe(403);
    expect(denied.body).toMatchObject({ error: { code: 'accessDenied' } });
    const session = await graph.call('POST', `${itemPath('Big.docx')}:/createUploadSession`, {
      as: 'u-chief-executive',
    });
    expect(session.status).toBe(403);
    expect((await graph.call('GET', itemPath('By member.docx'), { as: 'u-chief-executive' })).status).toBe(200);
  });
});

describe('upload sessions', () => {
  const openSession = async (graph: GraphClient, name: string, behaviour = 'replace') => {
    const reply = await graph.call('POST', `${itemPath(name)}:/createUploadSession`, {
      body: { item: { '@microsoft.graph.conflictBehavior': behaviour, name } },
    });
    expect(reply.status).toBe(200);
    expect(reply.body['nextExpectedRanges']).toEqual(['0-']);
    expect(Date.parse(String(reply.body['expirationDateTime']))).toBeGreaterThan(Date.now());
    return String(reply.body['uploadUrl']);
  };
  const putRange = (uploadUrl: string, bytes: Uint8Array, first: number, last: number, total: number) =>
    send(uploadUrl, 'PUT', {
      as: null,
      bytes: bytes.subarray(first, last + 1),
      headers: { 'Content-Range': `bytes ${first}-${last}/${total}` },
    });

  it('takes a file over 4 MB in 320 KiB-multiple fragments and commits it on the last byte', async () => {
    const { graph } = await setUp();
    const total = 5 * 1024 * 1024 + 12_345;
    const bytes = patterned(total);
    const uploadUrl = await openSession(graph, 'Large submission.docx');
    const chunk = 8 * KIB_320;
    let reply: BinaryReply | undefined;
    for (let first = 0; first < total; first += chunk) {
      const last = Math.min(first + chunk, total) - 1;
      reply = await putRange(uploadUrl, bytes, first, last, total);
      if (last + 1 < total) {
        expect(reply.status).toBe(202);
        expect(reply.body['nextExpectedRanges']).toEqual([`${last + 1}-${total - 1}`]);
      }
    }
    expect(reply?.status).toBe(201);
    expect(reply?.body).toMatchObject({ name: 'Large submission.docx', size: total });
    expect(await downloaded(`${graph.url}/v1.0${itemPath('Large submission.docx')}:/content`)).toBe(digest(bytes));
    expect((await send(uploadUrl, 'GET', { as: null })).status).toBe(404);
  });

  it('reports progress, refuses fragments out of order or off the 320 KiB grid, and can be cancelled', async () => {
    const { graph } = await setUp();
    const total = 3 * KIB_320 + 10;
    const bytes = patterned(total);
    const uploadUrl = await openSession(graph, 'Resumed.docx');
    expect((await putRange(uploadUrl, bytes, 0, KIB_320 - 1, total)).status).toBe(202);
    expect((await putRange(uploadUrl, bytes, 0, KIB_320 - 1, total)).status).toBe(416);
    expect((await putRange(uploadUrl, bytes, 2 * KIB_320, total - 1, total)).status).toBe(416);
    expect((await putRange(uploadUrl, bytes, KIB_320, KIB_320 + 999, total)).status).toBe(400);
    const status = await send(uploadUrl, 'GET', { as: null });
    expect(status.body['nextExpectedRanges']).toEqual([`${KIB_320}-${total - 1}`]);
    expect((await putRange(uploadUrl, bytes, KIB_320, total - 1, total)).status).toBe(201);

    const cancelled = await openSession(graph, 'Cancelled.docx');
    expect((await send(cancelled, 'DELETE', { as: null })).status).toBe(204);
    expect((await putRange(cancelled, bytes, 0, total - 1, total)).status).toBe(404);
  });

  it('adds a version when replacing, fails on an existing name by default, and caps the size at 250 MB', async () => {
    const { graph } = await setUp();
    const first = await upload(graph, 'Twice.docx', patterned(100));
    const uploadUrl = await openSession(graph, 'Twice.docx');
    const replaced = await putRange(uploadUrl, patterned(KIB_320 + 1), 0, KIB_320, KIB_320 + 1);
    expect(replaced.status).toBe(200);
    expect(await versionIds(graph, String(first.body['id']))).toEqual(['2.0', '1.0']);

    const byDefault = await graph.call('POST', `${itemPath('Twice.docx')}:/createUploadSession`, { body: {} });
    expect(byDefault.status).toBe(409);
    const huge = await openSession(graph, 'Huge.docx');
    expect((await putRange(huge, patterned(KIB_320), 0, KIB_320 - 1, 300 * 1024 * 1024)).status).toBe(413);
  });
});

describe('durability', { timeout: 60_000 }, () => {
  it('keeps files and versions across a restart, with only metadata in the journal', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await startTestEmulator({ dataDir });
    const big = patterned(2 * 1024 * 1024, 3);
    const { body } = await upload(first.graph, 'Kept.docx', patterned(500, 1));
    await upload(first.graph, 'Kept.docx', big);
    const journal = fs.readFileSync(path.join(dataDir, JOURNAL_FILE), 'utf8');
    expect(journal.length).toBeLessThan(64 * 1024);
    expect(journal).toContain('drive-file-saved');
    await first.emulator.close();

    const second = await startTestEmulator({ dataDir });
    expect(await versionIds(second.graph, String(body['id']))).toEqual(['2.0', '1.0']);
    expect(await downloaded(`${second.graph.url}/v1.0${itemPath('Kept.docx')}:/content`)).toBe(digest(big));
    expect(fs.readFileSync(path.join(dataDir, SNAPSHOT_FILE), 'utf8')).toContain('Kept.docx');
    expect(fs.readdirSync(path.join(dataDir, DRIVE_DIR, 'blobs'))).toHaveLength(2);
    expect((await upload(second.graph, 'Kept.docx', patterned(10))).body['eTag']).toMatch(/,3"$/);
  });

  it('keeps an acknowledged upload through kill -9', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await spawnEmulator(dataDir, ['--no-seed']);
    const graph = graphClient(first.url);
    const bytes = patterned(300_000, 9);
    expect((await upload(graph, 'Acknowledged.docx', bytes)).status).toBe(201);
    await first.killHard();

    const second = await spawnEmulator(dataDir, ['--no-seed']);
    expect(await downloaded(`${second.url}/v1.0${itemPath('Acknowledged.docx')}:/content`)).toBe(digest(bytes));
  });

  it('empties the library on reset', async () => {
    const { graph, dataDir } = await setUp();
    await upload(graph, 'Gone.docx', patterned(10));
    expect((await graph.control('POST', '/reset')).status).toBe(200);
    expect((await graph.call('GET', itemPath('Gone.docx'))).status).toBe(404);
    expect(fs.readdirSync(path.join(dataDir, DRIVE_DIR, 'blobs'))).toEqual([]);
  });
});
