import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Builds the app into `dir` in development mode without source maps: the same code as
 * `npm run build`, unminified, in seconds. `env` adds build settings (see webpack.config.js).
 */
export async function buildAppInto(dir: string, env: Readonly<Record<string, string>> = {}): Promise<void> {
  const cli = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', cli, '--mode', 'development', '--devtool', 'false', '--output-path', dir],
    { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
  );
}
