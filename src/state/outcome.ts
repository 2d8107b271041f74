/** The two ways any command can come to nothing: not allowed (`refused`), or it did not work (`failed`). */
export type ProblemStatus = 'refused' | 'failed';

/** A command that came to nothing, with the sentence to show the person. */
export interface CommandProblem<Status extends ProblemStatus = ProblemStatus> {
  readonly status: Status;
  readonly message: string;
}

/** One result of a command, told apart by its `status`. */
export interface OutcomeVariant {
  readonly status: string;
}

/**
 * What became of a command, for the UI to explain: its success (`Done`, with what it produced),
 * the variants only this command has (`Extra`: a conflict, a queued send, invalid input), and the
 * shared problems it can end in (`Problems`: both by default). Expected refusals are values, never thrown.
 */
export type Outcome<
  Done extends OutcomeVariant,
  Extra extends OutcomeVariant = never,
  Problems extends ProblemStatus = ProblemStatus,
> = Done | Extra | CommandProblem<Problems>;

/** Whether an outcome is one of the shared problems, whatever command it came from. */
export const isCommandProblem = <O extends OutcomeVariant>(outcome: O): outcome is O & CommandProblem =>
  (outcome.status === 'refused' || outcome.status === 'failed') && 'message' in outcome;
