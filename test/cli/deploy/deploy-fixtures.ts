import type { DeployIo } from '../../../src/cli/deploy/deploy-main';
import type { DeploySettings } from '../../../src/cli/deploy/deploy-settings';
import { parseDeployArguments } from '../../../src/cli/deploy/parse-arguments';
import type { CommandRunner } from '../../../src/cli/deploy/run-plan';

export const TENANT = '6f1e2d3c-4b5a-4987-8abc-def012345678';
export const TEAMS_APP_ID = '6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c';
export const HOST = 'https://jtai.haringey.example';
export const SITE = 'https://haringey.sharepoint.com/sites/lscp';
export const NEW_SCOPE_ID = '5c0a1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';

/** The arguments a council administrator types. */
export const ARGS = ['--tenant', TENANT, '--site', SITE, '--host', HOST, '--app-id', TEAMS_APP_ID] as const;

export function settingsFor(extra: readonly string[] = []): DeploySettings {
  const parsed = parseDeployArguments([...ARGS, ...extra], {}, '0.1.0');
  if (parsed.kind !== 'settings') throw new Error(`Bad test arguments: ${JSON.stringify(parsed)}`);
  return parsed.settings;
}

const refuse: CommandRunner = async (command, args) => {
  throw new Error(`Nothing should run: ${command} ${args.join(' ')}`);
};

/** Runs deployMain with its output kept, commands sent to `run`, and no manifest/.env values. */
export function testIo(run: CommandRunner = refuse) {
  const out: string[] = [];
  const err: string[] = [];
  const io: DeployIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    packageVersion: '0.1.0',
    run,
    newId: () => NEW_SCOPE_ID,
    buildEnvFileExists: true,
  };
  return { io, out, err };
}
