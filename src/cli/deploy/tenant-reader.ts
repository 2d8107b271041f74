import type { TenantReader } from './observe-tenant';
import type { CommandRunner } from './run-plan';

/** Reads the tenant through `m365 … --output json`, with whatever runs the commands. */
export function tenantReader(run: CommandRunner): TenantReader {
  return async (args) => {
    const result = await run('m365', [...args, '--output', 'json'], { showOutput: false });
    if (result.code !== 0) return { ok: false, message: (result.stderr.trim() || result.stdout.trim()).slice(-4000) };
    const printed = result.stdout.trim();
    if (!printed) return { ok: true, output: null };
    try {
      return { ok: true, output: JSON.parse(printed) as unknown };
    } catch {
      return { ok: false, message: `The output is not JSON: ${printed.slice(0, 300)}` };
    }
  };
}
