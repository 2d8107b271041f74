import { afterAll, inject } from 'vitest';
import { startLocalAppServer, type LocalAppServer } from './local-app-server';

/**
 * This browser test file's own app and emulator, started when the file is loaded and stopped after
 * its last test. Without Chromium (the tests skip) nothing starts and the address is empty.
 */
const buildDir = inject('appBuildDir');
const seededDataDir = inject('seededDataDir');
const server: LocalAppServer | null = buildDir ? await startLocalAppServer({ buildDir, seededDataDir }) : null;
afterAll(async () => server?.close());

/** Where the app answers, e.g. `http://localhost:41234`; its emulator is at `/graph`. */
export const appUrl = server?.url ?? '';
export const controlSecret = server?.controlSecret ?? '';
/** When the run seeded the demo plan (its dates are placed around that day). */
export const serverReadyAt = inject('seededAt');
