/**
 * A deployment as data: each step a title and a command with its arguments as an array (never a
 * shell string). Values only known once an earlier step has run (the new registration's client
 * id, say) are written `{{name}}` and filled in by the runner from that step's captured output.
 */
export interface Capture {
  /** The placeholder it fills: `{{name}}`. */
  readonly name: string;
  /** What is kept, for the plan's reader. */
  readonly label: string;
  readonly from: (output: unknown) => string | undefined;
}

export interface CommandStep {
  readonly kind: 'command';
  readonly title: string;
  readonly command: 'm365' | 'npm';
  readonly args: readonly string[];
  /** Extra environment variables for the command. */
  readonly env?: Readonly<Record<string, string>>;
  /** Values read from the command's JSON output (its args then end in `--output json`). */
  readonly captures?: readonly Capture[];
  /** False for builds and reads: running them again changes nothing in the tenant. */
  readonly changesTenant: boolean;
}

/** Something to tell the person deploying, such as the admin-consent link. */
export interface NoteStep {
  readonly kind: 'note';
  readonly title: string;
  readonly lines: readonly string[];
}

export type DeployStep = CommandStep | NoteStep;

export interface DeployPlan {
  /** Reasons not to run at all; each says what to do. */
  readonly problems: readonly string[];
  readonly steps: readonly DeployStep[];
}

export const placeholder = (name: string) => `{{${name}}}`;

/** The tenant's client id once known; a placeholder while the registration is still to be created. */
export const CLIENT_ID = placeholder('clientId');

export function m365Step(
  title: string,
  args: readonly string[],
  options: { readonly captures?: readonly Capture[]; readonly changesTenant?: boolean } = {},
): CommandStep {
  const captures = options.captures ?? [];
  return {
    kind: 'command',
    title,
    command: 'm365',
    args: captures.length > 0 ? [...args, '--output', 'json'] : args,
    ...(captures.length > 0 && { captures }),
    changesTenant: options.changesTenant ?? true,
  };
}

export function note(title: string, lines: readonly string[]): NoteStep {
  return { kind: 'note', title, lines };
}

/** The steps that would change the tenant; none means the tenant already matches. */
export function tenantChanges(plan: DeployPlan): readonly CommandStep[] {
  return plan.steps.filter((step): step is CommandStep => step.kind === 'command' && step.changesTenant);
}
