import type { CommandStep, DeployPlan, DeployStep } from './deploy-plan';
import { formatStep } from './format-plan';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandOptions {
  /** Extra environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** Show the command's output as it runs (builds), besides keeping it. */
  readonly showOutput: boolean;
}

/** Starts `m365` or `npm` with the arguments as given (no shell) and waits for it to end. */
export type CommandRunner = (
  command: CommandStep['command'],
  args: readonly string[],
  options: CommandOptions,
) => Promise<CommandResult>;

export interface RunOutcome {
  readonly ok: boolean;
  /** Values the steps captured, by placeholder name. */
  readonly values: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const MAX_ERROR_OUTPUT = 4000;

/** Runs the steps in order and stops at the first that fails, saying which and what it printed. */
export async function runPlan(plan: DeployPlan, run: CommandRunner, out: (line: string) => void): Promise<RunOutcome> {
  const values: Record<string, string> = {};
  for (const [index, planned] of plan.steps.entries()) {
    const where = `step ${index + 1} of ${plan.steps.length}, "${planned.title}"`;
    let step: DeployStep;
    try {
      step = resolveStep(planned, values);
    } catch (error) {
      out(`Stopped at ${where}: ${(error as Error).message}`);
      return { ok: false, values };
    }
    for (const line of formatStep(step, index)) out(line);
    if (step.kind === 'note') continue;
    const result = await run(step.command, step.args, { env: step.env, showOutput: step.command === 'npm' });
    if (result.code !== 0) {
      out(`Stopped at ${where}: ${step.command} exited with code ${result.code}.`);
      const printed = (result.stderr.trim() || result.stdout.trim()).slice(-MAX_ERROR_OUTPUT);
      if (printed) out(printed);
      return { ok: false, values };
    }
    const missing = capture(step, result.stdout, values);
    if (missing) {
      out(`Stopped at ${where}: its output does not give ${missing}.`);
      out(result.stdout.trim().slice(0, MAX_ERROR_OUTPUT));
      return { ok: false, values };
    }
  }
  return { ok: true, values };
}

/** Stores the step's captured values; returns the label of one it could not find. */
function capture(step: CommandStep, stdout: string, values: Record<string, string>): string | null {
  if (!step.captures?.length) return null;
  let output: unknown;
  try {
    output = JSON.parse(stdout);
  } catch {
    output = undefined;
  }
  for (const wanted of step.captures) {
    const value = wanted.from(output);
    if (value === undefined) return wanted.label;
    values[wanted.name] = value;
  }
  return null;
}

function resolveStep(step: DeployStep, values: Readonly<Record<string, string>>): DeployStep {
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`{{${name}}} was not provided by an earlier step.`);
      return value;
    });
  if (step.kind === 'note') return { ...step, lines: step.lines.map(fill) };
  const env = step.env && Object.fromEntries(Object.entries(step.env).map(([name, value]) => [name, fill(value)]));
  return { ...step, args: step.args.map(fill), ...(env && { env }) };
}
