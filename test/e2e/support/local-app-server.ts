import { cpSync, mkdtempSync, readFile, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEmulatorHandler, keepIdleConnections } from '../../../src/emulator/start-emulator';
import { appFileFor, contentTypeOf } from './static-app-files';

/** The built app and a fresh emulator behind one origin, as `npm start` serves them. */
export interface LocalAppServer {
  /** e.g. `http://localhost:41234` */
  readonly url: string;
  /** The emulator's control secret (see `test/support/emulator-control.ts`). */
  readonly controlSecret: string;
  close(): Promise<void>;
}

/** Serves the build's files (any other path gets `index.html`); scripts may be cached, the page is not. */
function serveBuild(buildDir: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const file = appFileFor(buildDir, new URL(req.url ?? '/', 'http://localhost').pathname);
  readFile(file, (error, body) => {
    if (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message);
      return;
    }
    const page = file.endsWith('.html');
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Cache-Control': page ? 'no-cache' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** Where the app is built and the emulator data every file starts from. */
export interface LocalAppFiles {
  readonly buildDir: string;
  /** A seeded emulator data directory, copied for each server (seeding takes seconds; a copy, milliseconds). */
  readonly seededDataDir: string;
}

/**
 * Starts the built app with an emulator of its own at `/graph`, on a free port, holding a copy of
 * the seeded data. Each browser test file has one, so files run side by side without sharing data
 * or injected faults.
 */
export async function startLocalAppServer({ buildDir, seededDataDir }: LocalAppFiles): Promise<LocalAppServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jtai-e2e-data-'));
  cpSync(seededDataDir, dataDir, { recursive: true });
  const emulator = createEmulatorHandler({ basePath: '/graph', dataDir, seed: false, log: () => undefined });
  const server = http.createServer((req, res) => emulator(req, res, () => serveBuild(buildDir, req, res)));
  keepIdleConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  await emulator.ready;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    controlSecret: emulator.controlSecret,
    close,
  };
}
