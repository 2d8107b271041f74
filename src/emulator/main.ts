import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONTROL_SECRET_HEADER } from './http/control-secret';
import { DEMO_PERSONAS } from './seed/demo-directory';
import { EMULATOR_SITE_ID, startEmulator } from './start-emulator';

/** `npm run emulator`: the local SharePoint-lists emulator on its own port. */
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const USAGE = `Usage: npm run emulator -- [--port 53001] [--host 127.0.0.1] [--data-dir .data/emulator] [--latency <ms>] [--reset] [--no-seed]`;

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '53001' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: path.join(REPO_ROOT, '.data', 'emulator') },
      latency: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const latency = values.latency === undefined ? undefined : Number(values.latency);
  if (values.help || !Number.isInteger(port) || port < 0 || (latency !== undefined && !(latency >= 0))) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  return {
    port,
    host: values.host,
    dataDir: path.resolve(values['data-dir']),
    latencyMs: latency,
    reset: values.reset,
    seed: !values['no-seed'],
  };
}

async function main(): Promise<void> {
  const settings = options();
  const emulator = await startEmulator({ ...settings, log: (line) => console.log(line) });
  // Scripts and tests read this line to find the port.
  console.log(`EMULATOR_URL=${emulator.url}`);
  console.log(`Graph:     ${emulator.graphBaseUrl}  (site ${EMULATOR_SITE_ID})`);
  console.log(`Data:      ${settings.dataDir}`);
  console.log(`Control:   ${emulator.url}/_emulator/… with header ${CONTROL_SECRET_HEADER}: ${emulator.controlSecret}`);
  console.log('Sign in as (Authorization: Bearer demo.<id>):');
  for (const p of DEMO_PERSONAS) {
    console.log(`  ${p.id.padEnd(20)} ${p.displayName}, ${p.jobTitle} (${p.role}${p.agency ? `, ${p.agency}` : ''})`);
  }
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
