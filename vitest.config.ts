import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { InterleavedSequencer } from './test/support/interleaved-sequencer';

// The emulators the tests start leave acknowledged writes in the OS's buffers instead of fsyncing each
// one (src/emulator/persistence/disk-sync.ts): they survive kill -9, which is what the tests try.
process.env.EMULATOR_FSYNC ??= 'off';

/**
 * Test files that get a worker of their own: the Teams host's (they mock `@microsoft/teams-js` and
 * stub browser globals), the DOM ones outside the screens' folder, and the one UI file that must not
 * share a worker (see the `ui` project).
 */
const ISOLATED = [
  'test/host/**/*.test.ts',
  'test/app/**/*.test.tsx',
  'test/ui-isolated/**/*.test.tsx',
  'test/export/submission-docx-browser.test.ts',
];

/** What the Node, isolated and jsdom projects share. */
const inNode = {
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
} satisfies ViteUserConfig['test'];

/** `npm test` runs the four projects; `npm run test:unit` all but the browser one, `npm run test:e2e` that one. */
export default defineConfig({
  test: {
    // The projects share one pool of three workers; browser files run among the others.
    sequence: { sequencer: InterleavedSequencer },
    projects: [
      {
        test: {
          // Domain, adapter, emulator, export and tool tests, in Node. They share what a worker has
          // loaded: loading the modules afresh for each of some 170 files cost more than the tests
          // themselves. Files that mock modules, stub globals or need a DOM are in `isolated`.
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/ui/**', 'node_modules/**', ...ISOLATED],
          ...inNode,
          isolate: false,
        },
      },
      {
        test: {
          name: 'isolated',
          include: ISOLATED,
          ...inNode,
        },
      },
      {
        test: {
          // The screens rendered in jsdom: each file loads React, Fluent UI and the app, which cost
          // seconds a file when every file loads them afresh. These files share what a worker has
          // loaded, its jsdom document included (test/setup.ts empties the page after each test). UI files that
          // need a worker of their own are in test/ui-isolated (the isolated project): after other files
          // in the same worker, Fluent UI showed a chart label's tooltip twice.
          name: 'ui',
          include: ['test/ui/**/*.test.ts', 'test/ui/**/*.test.tsx'],
          ...inNode,
          isolate: false,
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
