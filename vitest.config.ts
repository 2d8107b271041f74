import { defineConfig } from 'vitest/config';
import { InterleavedSequencer } from './test/support/interleaved-sequencer';

// The emulators the tests start leave acknowledged writes in the OS's buffers instead of fsyncing each
// one (src/emulator/persistence/disk-sync.ts): they survive kill -9, which is what the tests try.
process.env.EMULATOR_FSYNC ??= 'off';

/** `npm test` runs the three projects; `npm run test:unit` unit and ui, `npm run test:e2e` the browser one. */
export default defineConfig({
  test: {
    // The projects share one pool of three workers; browser files run among the others.
    sequence: { sequencer: InterleavedSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/ui/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          // Generous: a timeout only catches a hang, and a busy machine runs UI files several times slower.
          testTimeout: 60_000,
          hookTimeout: 30_000,
          pool: 'forks',
          // Vitest's default is one fewer worker than cores: one on a 2-core machine. Files wait on an
          // emulator over HTTP, on module loading or on a browser page, so three keep both cores busy.
          // Every project must name the same number to share one pool.
          maxWorkers: 3,
        },
      },
      {
        test: {
          // The screens rendered in jsdom: each file loads React, Fluent UI and the app, which cost
          // seconds a file when every file loads them afresh. These files share what a worker has
          // loaded (each still renders into a fresh DOM, and cleans up after each test). UI files that
          // need a worker of their own are in test/ui-isolated (the unit project): after other files
          // in the same worker, Fluent UI showed a chart label's tooltip twice.
          name: 'ui',
          include: ['test/ui/**/*.test.ts', 'test/ui/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 30_000,
          pool: 'forks',
          isolate: false,
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
