import { defineConfig } from 'vitest/config';
import { InterleavedSequencer } from './test/support/interleaved-sequencer';

// The emulators the tests start leave acknowledged writes in the OS's buffers instead of fsyncing each
// one (src/emulator/persistence/disk-sync.ts): they survive kill -9, which is what the tests try.
process.env.EMULATOR_FSYNC ??= 'off';

/** `npm test` runs both projects; `npm run test:e2e` only the browser one. */
export default defineConfig({
  test: {
    // Both projects share one pool of three workers; browser files run among the unit files.
    sequence: { sequencer: InterleavedSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          // Generous: a timeout only catches a hang, and a busy machine runs UI files several times slower.
          testTimeout: 60_000,
          hookTimeout: 30_000,
          pool: 'forks',
          // Vitest's default is one fewer worker than cores: one on a 2-core machine. Files wait on an
          // emulator over HTTP, on module loading or on a browser page, so three keep both cores busy.
          // Both projects must name the same number to share one pool.
          maxWorkers: 3,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // Each file serves the app with its own emulator (support/app-under-test.ts), so files run side by side.
          maxWorkers: 3,
        },
      },
    ],
  },
});
