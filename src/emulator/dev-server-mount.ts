import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEmulatorHandler, type EmulatorMiddleware } from './start-emulator';

interface MountOptions {
  /** Where the dev server mounts the emulator, e.g. `/graph`. */
  readonly basePath: string;
  readonly dataDir: string;
  /** The dev server's origin; the emulator reads it from each request's Host instead. */
  readonly publicUrl?: string;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * The emulator inside the dev server, so the app reaches Graph at `<origin>/graph/v1.0` on its
 * own origin and nextLinks lead back through the mount. Express strips the mount path from
 * `req.url`; the emulator is given the original URL so it sees its base path.
 */
export function mountEmulator(options: MountOptions): { middleware: Middleware; ready: Promise<void> } {
  const emulator: EmulatorMiddleware = createEmulatorHandler({
    basePath: options.basePath,
    dataDir: options.dataDir,
    log: (line) => console.log(`[emulator] ${line}`),
  });
  const middleware: Middleware = (req, res, next) => {
    const originalUrl = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
    if (originalUrl !== undefined) req.url = originalUrl;
    emulator(req, res, () => next());
  };
  console.log(`[emulator] control endpoints: header X-Emulator-Secret: ${emulator.controlSecret}`);
  return { middleware, ready: emulator.ready };
}

/** The name webpack.config.js imports. */
export const createEmulatorProxy = mountEmulator;
