import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Builds the app into `dir` as `npm run build` does (React and Fluent UI in their production builds),
 * but unminified and without source maps: the same code in seconds instead of a minute, and pages
 * that render without the development builds' checks. `env` adds build settings (webpack.config.js).
 */
export async function buildAppInto(dir: string, env: Readonly<Record<string, string>> = {}): Promise<void> {
  const cli = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  await promisify(execFile)(
    process.execPath,
    [
      ...['--import', 'tsx', cli, '--mode', 'development', '--devtool', 'false'],
      ...['--optimization-node-env', 'production', '--output-path', dir],
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
  );
}
