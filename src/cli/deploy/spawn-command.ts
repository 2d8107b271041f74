import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CommandResult, CommandRunner } from './run-plan';

/**
 * Runs `m365` and `npm` as child processes of this Node, without a shell: m365 is the CLI for
 * Microsoft 365 from node_modules, npm the one that started `npm run deploy`. No input is given,
 * so a command that would prompt fails instead of waiting.
 */
export function createCommandRunner(root: string): CommandRunner {
  let m365: string | undefined;
  return (command, args, options) => {
    const [file, prefix] = command === 'm365' ? [process.execPath, [(m365 ??= m365Entry(root))]] : npmCommand();
    const env = { ...process.env, CLIMICROSOFT365_NOUPDATE: '1', ...options.env };
    return spawnCollecting(file, [...prefix, ...args], { cwd: root, env, showOutput: options.showOutput });
  };
}

function m365Entry(root: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  const manifestPath = require.resolve('@pnp/cli-microsoft365/package.json');
  const { bin } = require(manifestPath) as { bin: Record<string, string> };
  return path.join(path.dirname(manifestPath), bin.m365 ?? 'dist/index.js');
}

/** npm sets npm_execpath to its own script for `npm run`; elsewhere `npm` is looked up on the PATH. */
function npmCommand(): [string, string[]] {
  const npmScript = process.env.npm_execpath;
  return npmScript && /\.c?js$/.test(npmScript) ? [process.execPath, [npmScript]] : ['npm', []];
}

function spawnCollecting(
  file: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; showOutput: boolean },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.showOutput) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.showOutput) process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: `Could not start ${file}: ${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
