import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface EmulatorProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** `kill -9`, then wait until the process is gone (and its lock with it). */
  killHard(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** `npm run emulator` as a child process on a random port; resolves when it prints its URL. */
export async function spawnEmulator(dataDir: string, args: readonly string[] = []): Promise<EmulatorProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/emulator/main.ts', '--port', '0', '--data-dir', dataDir, ...args],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.add(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^EMULATOR_URL=(\S+)$/m.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => reject(new Error(`The emulator exited (${code}) before listening:\n${output}`)));
  });
  return {
    url,
    child,
    async killHard() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }
      running.delete(child);
    },
  };
}

afterEach(async () => {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }
  }
  running.clear();
});
