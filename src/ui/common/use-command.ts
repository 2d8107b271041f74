import { useState } from 'react';

/** What a store command resolves to: a status, and a message when the status is a problem. */
export interface CommandOutcome {
  readonly status: string;
}

export interface CommandOptions<O extends CommandOutcome, S extends O['status']> {
  /** The status that means the command did what was asked. */
  readonly success: S;
  /** Other statuses the caller shows in its own way: their messages are not problems. */
  readonly handled?: readonly O['status'][];
  /** Keeps the last problem on screen while the command runs again, rather than clearing it at once. */
  readonly keepProblemWhileBusy?: boolean;
  /** Called with the outcome when the command succeeds. */
  readonly onSuccess?: (outcome: Extract<O, { readonly status: S }>) => void;
}

export interface Command<A extends unknown[], O extends CommandOutcome> {
  /** Whether the command is running. */
  readonly busy: boolean;
  /** The message of the last outcome that was neither the success nor handled; null when there is none. */
  readonly problem: string | null;
  /** Runs the command and resolves to its outcome, once the busy flag and the problem are updated. */
  run(...args: A): Promise<O>;
  /** Shows a problem found without running the command, or clears it (null). */
  setProblem(message: string | null): void;
}

/** The message to show for an outcome: any message, unless the status is the success or handled. */
function problemOf(outcome: CommandOutcome, success: string, handled: readonly string[] = []): string | null {
  if (outcome.status === success || handled.includes(outcome.status)) return null;
  return 'message' in outcome && typeof outcome.message === 'string' ? outcome.message : null;
}

/**
 * Runs a store command for a form or button: tracks whether it is running, keeps the message of
 * an outcome that went wrong for a problem bar, and calls `onSuccess` when it did what was asked.
 */
export function useCommand<A extends unknown[], O extends CommandOutcome, S extends O['status']>(
  command: (...args: A) => Promise<O>,
  options: CommandOptions<O, S>,
): Command<A, O> {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (...args: A): Promise<O> => {
    setBusy(true);
    if (!options.keepProblemWhileBusy) setProblem(null);
    let outcome: O;
    try {
      outcome = await command(...args);
    } finally {
      setBusy(false);
    }
    setProblem(problemOf(outcome, options.success, options.handled));
    if (outcome.status === options.success) options.onSuccess?.(outcome as Extract<O, { readonly status: S }>);
    return outcome;
  };
  return { busy, problem, run, setProblem };
}
