import { placeholder, type CommandStep, type DeployPlan, type DeployStep } from './deploy-plan';

/**
 * An argument as a POSIX shell would need it typed. Only for reading: the runner passes the
 * arguments to the process as they are, without a shell.
 */
export function quoteArgument(arg: string): string {
  if (/^[\w@%+=:,./{}-]+$/.test(arg)) return arg;
  if (arg.includes("'") && !/["$`\\!]/.test(arg)) return `"${arg}"`;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

export function formatCommand(step: Pick<CommandStep, 'command' | 'args'>): string {
  return [step.command, ...step.args].map(quoteArgument).join(' ');
}

/** One step as lines: numbered title, the command, its environment and what it keeps. */
export function formatStep(step: DeployStep, index: number): readonly string[] {
  const heading = `${String(index + 1).padStart(2)}. ${step.title}`;
  if (step.kind === 'note') return [heading, ...step.lines.map((line) => `    ${line}`)];
  const lines = [heading, `    ${formatCommand(step)}`];
  const env = Object.entries(step.env ?? {});
  if (env.length > 0)
    lines.push(`    environment: ${env.map(([name, value]) => `${name}=${quoteArgument(value)}`).join(' ')}`);
  for (const capture of step.captures ?? []) lines.push(`    keeps ${placeholder(capture.name)}: ${capture.label}`);
  return lines;
}

export function formatPlan(plan: DeployPlan): readonly string[] {
  return plan.steps.flatMap((step, index) => formatStep(step, index));
}
