import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv } from './app-package/manifest-values';
import { deployMain } from './deploy/deploy-main';
import { createCommandRunner } from './deploy/spawn-command';

/**
 * `npm run deploy -- --tenant <id> --site <url> --host <url> …`: creates or updates the Entra app
 * registration, builds, packages and publishes the app to the Teams and SharePoint app catalogs
 * with the CLI for Microsoft 365. `--what-if` prints every step and calls nothing.
 */
const root = path.resolve(import.meta.dirname, '../..');
const envFile = path.resolve(root, process.env.JTAI_ENV_FILE ?? 'manifest/.env');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

process.exitCode = await deployMain(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: loadEnv(envFile, process.env),
  packageVersion: version,
  run: createCommandRunner(root),
  newId: () => randomUUID(),
  buildEnvFileExists: existsSync(path.join(root, 'manifest', '.env')),
});
