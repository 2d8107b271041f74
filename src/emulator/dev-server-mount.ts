import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startEmulator, type RunningEmulator } from './start-emulator';

interface MountOptions {
  readonly basePath: string;
  readonly dataDir: string;
  readonly publicUrl: string;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * Runs the emulator on a private loopback port and forwards `basePath` to it, so the app
 * reaches Graph at `<publicUrl>/graph/v1.0` on the dev server's own origin.
 */
export function createEmulatorProxy(options: MountOptions): { middleware: Middleware; ready: Promise<RunningEmulator> } {
  const latencyMs = Number(process.env.EMULATOR_LATENCY_MS ?? 0) || undefined;
  const ready = startEmulator({ port: 0, dataDir: options.dataDir, latencyMs, log: (line) => console.log(`[emulator] ${line}`) });
  const middleware: Middleware = (req, res, next) => {
    ready.then((emulator) => forward(emulator.url, req, res), next);
  };
  return { middleware, ready };
}

function forward(target: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', target);
  const upstream = http.request(url, { method: req.method, headers: { ...req.headers, host: url.host } }, (reply) => {
    res.writeHead(reply.statusCode ?? 502, reply.headers);
    reply.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'emulatorUnavailable', message: 'The local emulator is not running.' } }));
  });
  req.pipe(upstream);
}
