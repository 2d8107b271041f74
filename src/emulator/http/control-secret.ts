import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage } from 'node:http';

/** The header that carries the control secret on every `/_emulator/*` call that changes or reads data. */
export const CONTROL_SECRET_HEADER = 'X-Emulator-Secret';

/** Where in the data directory the current secret is written, for scripts and tests to read. */
export const CONTROL_SECRET_FILE = 'control-secret';

/**
 * A fresh secret for this run of the emulator, written (readable by its owner only) into the data
 * directory. A web page the developer happens to visit can neither read it nor send the header
 * (a custom header needs a CORS preflight, which the emulator never grants), so it cannot reset or
 * read their local data.
 */
export function createControlSecret(dataDir: string): string {
  const secret = randomBytes(16).toString('hex');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, CONTROL_SECRET_FILE), secret, { mode: 0o600 });
  return secret;
}

/** Whether the request carries this run's secret. */
export function carriesSecret(req: IncomingMessage, secret: string): boolean {
  const sent = req.headers[CONTROL_SECRET_HEADER.toLowerCase()];
  if (typeof sent !== 'string') return false;
  const [a, b] = [Buffer.from(sent), Buffer.from(secret)];
  return a.length === b.length && timingSafeEqual(a, b);
}
