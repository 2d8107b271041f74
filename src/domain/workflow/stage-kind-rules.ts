import type { StageKind } from './stage-vocabulary';

/**
 * What each kind of stage means to the rules. One entry per kind, so a new kind does not compile
 * until it says how every rule treats it.
 */
export interface StageKindRules {
  /**
   * Working days the stage needs on the suggested timetable, read off the Haringey 2018 one: about a
   * week for each step between the partners' drafts and the deadline; drafting takes what is left.
   */
  readonly workingDays: number;
  /** Whether it has a due date; delivery runs to each action's own target dates instead. */
  readonly dated: boolean;
  /** The sign-offs the stage collects before the plan may move on: each agency's QA, the partners', the executives'. */
  readonly collects: 'qa' | 'partners' | 'executives' | null;
  /** Whether the whole plan is put to people for their signature here (so open comments must be resolved first). */
  readonly asksForSignature: boolean;
  /** Whether agency QA can no longer be given once the plan is here (approval has begun). */
  readonly closesQa: boolean;
  /** Whether the partnership can comment on the draft here. */
  readonly takesComments: boolean;
  /** Whether the principal records the submission to Ofsted here. */
  readonly recordsSubmission: boolean;
  /** Whether a plan here has been submitted (moved past submission). */
  readonly afterSubmission: boolean;
  /** Whether a plan admin may close the plan here (delivery is being monitored). */
  readonly closable: boolean;
  /** Whether the plan is finished: nothing in it changes any more. */
  readonly closed: boolean;
  /** Whether the plan leaves this stage only through its own event (submission recorded, plan closed), not "move on". */
  readonly movesItself: boolean;
}

const RULES_BEFORE_APPROVAL: StageKindRules = {
  workingDays: 5,
  dated: true,
  collects: null,
  asksForSignature: false,
  closesQa: false,
  takesComments: false,
  recordsSubmission: false,
  afterSubmission: false,
  closable: false,
  closed: false,
  movesItself: false,
};
const SIGNING: StageKindRules = {
  ...RULES_BEFORE_APPROVAL,
  asksForSignature: true,
  closesQa: true,
  takesComments: true,
};
const AFTER_SUBMISSION: StageKindRules = {
  ...RULES_BEFORE_APPROVAL,
  workingDays: 0,
  dated: false,
  closesQa: true,
  afterSubmission: true,
  movesItself: true,
};

export const STAGE_KIND_RULES: Record<StageKind, StageKindRules> = {
  drafting: { ...RULES_BEFORE_APPROVAL, workingDays: 0 },
  'agency-qa': { ...RULES_BEFORE_APPROVAL, collects: 'qa' },
  collation: RULES_BEFORE_APPROVAL,
  review: { ...RULES_BEFORE_APPROVAL, takesComments: true },
  amendments: { ...RULES_BEFORE_APPROVAL, takesComments: true },
  'partnership-approval': { ...SIGNING, collects: 'partners' },
  'executive-sign-off': { ...SIGNING, collects: 'executives' },
  meeting: { ...RULES_BEFORE_APPROVAL, takesComments: true },
  submission: { ...RULES_BEFORE_APPROVAL, workingDays: 3, closesQa: true, recordsSubmission: true, movesItself: true },
  monitoring: { ...AFTER_SUBMISSION, closable: true },
  closed: { ...AFTER_SUBMISSION, closed: true },
};

/** The rules for one stage. */
export const rulesOf = (stage: { readonly kind: StageKind }): StageKindRules => STAGE_KIND_RULES[stage.kind];
