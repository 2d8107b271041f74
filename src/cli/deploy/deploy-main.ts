import { formatCommand, formatPlan } from './format-plan';
import { tenantChanges } from './deploy-plan';
import type { DeploySettings } from './deploy-settings';
import { UnexpectedOutputError } from './json-fields';
import { observeTenant, ObserveError } from './observe-tenant';
import { DEPLOY_USAGE, parseDeployArguments } from './parse-arguments';
import { planDeployment } from './plan-deployment';
import { runPlan, type CommandRunner } from './run-plan';
import { tenantReader } from './tenant-reader';
import { emptyTenantReader } from './what-if';

export interface DeployIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** manifest/.env merged with the environment (the environment wins). */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly packageVersion: string;
  readonly run: CommandRunner;
  /** A new GUID, for a scope the registration lacks. */
  readonly newId: () => string;
  /** Whether manifest/.env exists: `npm run build:tenant` cannot start without it. */
  readonly buildEnvFileExists: boolean;
}

/** `npm run deploy`: returns the exit code (0 done, 1 stopped, 2 bad arguments). */
export async function deployMain(argv: readonly string[], io: DeployIo): Promise<number> {
  const parsed = parseDeployArguments(argv, io.env, io.packageVersion);
  if (parsed.kind === 'help') {
    io.out(DEPLOY_USAGE);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const problem of parsed.problems) io.err(problem);
    io.err('See npm run deploy -- --help.');
    return 2;
  }
  const settings = parsed.settings;
  if (settings.whatIf) return printWhatIf(settings, io);
  if (!io.buildEnvFileExists) {
    io.err('npm run build:tenant reads manifest/.env, which does not exist. Create it first:');
    io.err('  cp manifest/.env.example manifest/.env');
    io.err('(values given to npm run deploy win over the file).');
    return 2;
  }
  io.out(`Deploying ${settings.appName} ${settings.appVersion} to tenant ${settings.tenantId}. Reading the tenant…`);
  let state;
  try {
    state = await observeTenant(settings, tenantReader(io.run));
  } catch (error) {
    if (!(error instanceof ObserveError || error instanceof UnexpectedOutputError)) throw error;
    io.err(error.message);
    return 1;
  }
  const plan = planDeployment(settings, state, io.newId());
  if (plan.problems.length > 0) {
    for (const problem of plan.problems) io.err(problem);
    return 1;
  }
  const changes = tenantChanges(plan).length;
  io.out(
    changes === 0
      ? 'The tenant already matches: nothing to change there.'
      : `${changes} change${changes === 1 ? '' : 's'} to make in the tenant.`,
  );
  const outcome = await runPlan(plan, io.run, io.out);
  if (outcome.ok) io.out('Deployed.');
  return outcome.ok ? 0 : 1;
}

async function printWhatIf(settings: DeploySettings, io: DeployIo): Promise<number> {
  const reads: (readonly string[])[] = [];
  const state = await observeTenant(settings, emptyTenantReader(settings, reads));
  const plan = planDeployment(settings, state, io.newId());
  const where = settings.clientId
    ? `the registration ${settings.clientId} has nothing set up and the catalogs do not have the app`
    : 'none of it exists yet';
  io.out(
    `What if: nothing is called. Deploying ${settings.appName} ${settings.appVersion} to tenant ${settings.tenantId},`,
  );
  io.out(`served from ${settings.hostUrl}, plans on ${settings.siteUrl}.`);
  io.out('');
  io.out('A run first reads the tenant (these commands change nothing):');
  for (const args of reads) io.out(`    ${formatCommand({ command: 'm365', args: [...args, '--output', 'json'] })}`);
  io.out('');
  io.out(`Then, on a tenant where ${where}, it runs:`);
  for (const line of formatPlan(plan)) io.out(line);
  io.out('');
  io.out(
    'Where some of it exists, only the steps that differ run; run twice, the second changes nothing in the tenant.',
  );
  return 0;
}
