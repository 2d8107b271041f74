import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run screenshots`: runs the browser tests with SCREENSHOTS=1, so each one saves the screens it
 * passes through to test-results/ (full-page PNGs, in each theme for the accessibility files). Plain
 * `npm test` takes none: encoding some eighty full-page images was a tenth of the suite's work.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCREENSHOTS: '1' },
});
process.exit(run.status ?? 1);
