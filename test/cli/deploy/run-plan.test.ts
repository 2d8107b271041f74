import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { m365Step, note, type DeployPlan } from '../../../src/cli/deploy/deploy-plan';
import { runPlan, type CommandRunner } from '../../../src/cli/deploy/run-plan';
import { createCommandRunner } from '../../../src/cli/deploy/spawn-command';

const root = path.resolve(import.meta.dirname, '../../..');

function recording(answers: Record<string, { code: number; stdout?: string; stderr?: string }>) {
  const ran: string[][] = [];
  const run: CommandRunner = async (command, args) => {
    ran.push([command, ...args]);
    const answer = answers[args[0]!] ?? { code: 0 };
    return { code: answer.code, stdout: answer.stdout ?? '', stderr: answer.stderr ?? '' };
  };
  return { ran, run };
}

describe('running a deployment plan', () => {
  it('stops at the first failing step, naming it and showing what the command printed', async () => {
    const plan: DeployPlan = {
      problems: [],
      steps: [
        m365Step('Create the registration', ['entra', 'app', 'add', '--name', 'JTAI Action Plan']),
        m365Step('Publish to Teams', ['teams', 'app', 'publish', '--filePath', 'appPackage/build/appPackage.zip']),
        m365Step('Add to SharePoint', ['spo', 'app', 'add', '--filePath', 'appPackage/build/appPackage.zip']),
      ],
    };
    const { ran, run } = recording({
      teams: { code: 1, stderr: 'Error: Forbidden: you need to be a Teams administrator' },
    });
    const out: string[] = [];
    const outcome = await runPlan(plan, run, (line) => out.push(line));

    expect(outcome.ok).toBe(false);
    expect(ran.map((command) => command.slice(0, 3).join(' '))).toEqual(['m365 entra app', 'm365 teams app']);
    expect(out.slice(-2)).toEqual([
      'Stopped at step 2 of 3, "Publish to Teams": m365 exited with code 1.',
      'Error: Forbidden: you need to be a Teams administrator',
    ]);
  });

  it('fills later steps with values captured from earlier output, arguments kept whole', async () => {
    const plan: DeployPlan = {
      problems: [],
      steps: [
        m365Step('Create', ['entra', 'app', 'add', '--name', "JTAI 'Action' Plan"], {
          captures: [{ name: 'clientId', label: 'the client id', from: (out) => (out as { appId?: string }).appId }],
        }),
        m365Step('Use it', ['entra', 'app', 'get', '--appId', '{{clientId}}']),
        note('Consent', ['open https://login.example/adminconsent?client_id={{clientId}}']),
      ],
    };
    const { ran, run } = recording({ entra: { code: 0, stdout: '{"appId":"0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f"}' } });
    const out: string[] = [];
    expect((await runPlan(plan, run, (line) => out.push(line))).ok).toBe(true);
    expect(ran).toEqual([
      ['m365', 'entra', 'app', 'add', '--name', "JTAI 'Action' Plan", '--output', 'json'],
      ['m365', 'entra', 'app', 'get', '--appId', '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f'],
    ]);
    expect(out).toContain('    open https://login.example/adminconsent?client_id=0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f');
  });

  it('stops when a step whose value is needed later prints no such value', async () => {
    const plan: DeployPlan = {
      problems: [],
      steps: [
        m365Step('Add to SharePoint', ['spo', 'app', 'add'], {
          captures: [{ name: 'sharePointAppId', label: "the package's id", from: () => undefined }],
        }),
        m365Step('Deploy', ['spo', 'app', 'deploy', '--id', '{{sharePointAppId}}']),
      ],
    };
    const { ran, run } = recording({ spo: { code: 0, stdout: '{"Name":"appPackage.zip"}' } });
    const out: string[] = [];
    expect((await runPlan(plan, run, (line) => out.push(line))).ok).toBe(false);
    expect(ran).toHaveLength(1);
    expect(out).toContain('Stopped at step 1 of 2, "Add to SharePoint": its output does not give the package\'s id.');
  });

  it('runs the installed CLI for Microsoft 365 without a shell, and reports its error', async () => {
    // A home of its own: signed out, telemetry off, whatever the machine's own CLI set-up is.
    const home = mkdtempSync(path.join(tmpdir(), 'm365-home-'));
    mkdirSync(path.join(home, 'configstore'));
    writeFileSync(path.join(home, 'configstore', 'cli-m365-config.json'), '{"disableTelemetry":true}');
    const env = { HOME: home, XDG_CONFIG_HOME: home, USERPROFILE: home };
    const step = (title: string, args: string[]) => ({ ...m365Step(title, args), env, changesTenant: false });
    const plan: DeployPlan = {
      problems: [],
      steps: [
        step('Read a registration', ['entra', 'app', 'get', '--appId', 'not-a-guid; echo $HOME']),
        step('Never reached', ['version']),
      ],
    };
    const out: string[] = [];
    const outcome = await runPlan(plan, createCommandRunner(root), (line) => out.push(line));
    expect(outcome.ok).toBe(false);
    expect(out).toContain('Stopped at step 1 of 2, "Read a registration": m365 exited with code 1.');
    expect(out.join('\n')).toContain('not-a-guid; echo $HOME is not a valid GUID');
    expect(out.join('\n')).not.toContain('Never reached');
  }, 120_000);
});
