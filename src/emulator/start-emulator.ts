import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IsoDate } from '../domain/dates';
import { openEmulatorCore, type EmulatorCore } from './emulator-core';
import { createControlSecret } from './http/control-secret';
import { createRequestHandler, type EmulatorRequestHandler } from './http/request-handler';
import { seedOverHttp } from './seed/seed-over-http';

export { EMULATOR_SITE_ID } from './emulator-site';
export type { EmulatorRequestHandler } from './http/request-handler';

export interface EmulatorOptions {
  readonly dataDir: string;
  /** Added to every Graph request; defaults to `EMULATOR_LATENCY_MS`, else 0. */
  readonly latencyMs?: number;
  /** Provision and seed the demo data when the store is empty (default true). */
  readonly seed?: boolean;
  /** Wipe the data directory's site first (then seed, if seeding). */
  readonly reset?: boolean;
  /** The day the demo plan's dates are placed around; defaults to today's date in England. */
  readonly seedToday?: IsoDate;
  /** How long delta tokens are honoured; defaults to SharePoint's 60 days. */
  readonly deltaTokenLifetimeMs?: number;
  readonly log?: (line: string) => void;
}

export interface StartEmulatorOptions extends EmulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface RunningEmulator {
  /** e.g. `http://127.0.0.1:53001` */
  readonly url: string;
  /** The secret `/_emulator/*` calls send in `X-Emulator-Secret` (all but health and personas). */
  readonly controlSecret: string;
  /** `url + '/v1.0'` */
  readonly graphBaseUrl: string;
  readonly handler: EmulatorRequestHandler;
  close(): Promise<void>;
}

/** The handler for mounting in another server (the webpack dev server), with its lifecycle. */
export type EmulatorMiddleware = EmulatorRequestHandler & {
  /** Settles when the initial reset/seed is done; Graph requests wait for it anyway. */
  readonly ready: Promise<void>;
  /** This run's secret for the control endpoints (see control-secret.ts). */
  readonly controlSecret: string;
  close(): Promise<void>;
};

/** Starts the emulator as its own HTTP server; resolves once it is listening and seeded. */
export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const middleware = createEmulatorHandler({ ...options, basePath: '' });
  const server = http.createServer(middleware);
  keepIdleConnections(server);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
    await middleware.ready;
  } catch (e) {
    await closeServer(server);
    await middleware.close();
    throw e;
  }
  const url = `http://${displayHost(options.host)}:${(server.address() as AddressInfo).port}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    graphBaseUrl: `${url}/v1.0`,
    controlSecret: middleware.controlSecret,
    handler: middleware,
    close: () => (closing ??= closeServer(server).then(() => middleware.close())),
  };
}

/**
 * The emulator as middleware under `basePath` (e.g. `/graph`); requests outside it go to
 * `next()`. Opens the data directory now and seeds in the background behind the gate.
 */
export function createEmulatorHandler(options: EmulatorOptions & { readonly basePath?: string }): EmulatorMiddleware {
  const core = openEmulatorCore(options);
  const seed = options.seed ?? true;
  const resetAndSeed = () => core.exclusive(() => reseed(core, seed, options.seedToday));
  const controlSecret = createControlSecret(options.dataDir);
  const handler = createRequestHandler(core, {
    basePath: options.basePath ?? '',
    internal: false,
    reset: resetAndSeed,
    controlSecret,
  });
  const ready = options.reset
    ? resetAndSeed()
    : core.exclusive(() => (seed ? seedOverHttp(core, options.seedToday) : Promise.resolve()));
  ready.catch(() => undefined);
  return Object.assign(handler, { ready, controlSecret, close: () => core.close() });
}

async function reseed(core: EmulatorCore, seed: boolean, today: IsoDate | undefined): Promise<void> {
  core.wipe();
  if (seed) await seedOverHttp(core, today);
}

/**
 * Keeps an idle connection open for a minute, not Node's 5 seconds. A client that reuses a kept-alive
 * connection just as the server closes it gets a reset ("fetch failed") on a busy machine, where the
 * client's own expiry check runs late; a longer idle time makes that race rare.
 */
export function keepIdleConnections(server: http.Server): void {
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
}

function displayHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

async function closeServer(server: http.Server): Promise<void> {
  if (!server.listening) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
