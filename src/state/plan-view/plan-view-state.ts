import type { Action } from '../../domain/action';
import type { ActionChange } from '../../domain/action-history';
import type { ActionId, FindingId, IdSource, PlanId, UserId } from '../../domain/ids';
import type { Member } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Governance } from '../../domain/workflow/governance';
import type { ContentChangePreview } from '../../domain/workflow/preview-content-change';
import type { PlanStore } from '../../data/plan-store.port';
import type { WorkflowNotice } from '../governance-outcome';
import type { GovernanceTrust } from '../governance-trust';
import type { LoadState } from '../load-state';
import type { Outcome } from '../outcome';
import type { PendingEditStorage } from '../pending-edits';
import type { SaveOutcome } from '../save-outcome';
import type { StageNotifier } from '../stage-notifier';
import type { AdminCommands } from './admin-commands';
import type { FindingCommands } from './finding-commands';
import type { GovernanceCommands } from './governance-commands';
import type { ProgressUpdateCommands } from './progress-update-commands';
import type { VersionBook } from './version-book';

/** `clash`: an unsent edit met someone else's change to the same fields, and waits for the person's choice. */
export type SaveMark = 'saving' | 'pending' | 'clash';

export type ConflictOutcome = Extract<SaveOutcome, { status: 'conflict' }>;

export interface PlanViewState extends AdminCommands, FindingCommands, GovernanceCommands, ProgressUpdateCommands {
  readonly load: LoadState;
  readonly snapshot: PlanSnapshot | null;
  /** How the plan is being signed off, as worked out from its record. */
  readonly governance: Governance | null;
  /** What the record holds that did not count, and anything else found while reading it. */
  readonly trust: GovernanceTrust | null;
  /** What a save did to the sign-offs, shown until dismissed. */
  readonly workflowNotice: WorkflowNotice | null;
  dismissWorkflowNotice(): void;
  /** The signed-in person's membership of this plan (null: they only read it). */
  readonly me: Member | null;
  /** Actions with a save in flight or waiting to be retried. */
  readonly marks: Readonly<Record<string, SaveMark>>;
  /** Actions someone else changed since the plan was opened, with the name SharePoint gives that person. */
  readonly othersChanged: Readonly<Record<string, string>>;
  /** Loads a plan and shows it; asked again for the plan being loaded, it waits for that load rather than starting another. */
  open(planId: PlanId): Promise<void>;
  reload(): Promise<void>;
  /**
   * Looks for changes others made to the open plan, and shows them without clearing the screen.
   * Unsent and in-flight edits are kept; open editors keep what was typed.
   */
  checkForChanges(): Promise<void>;
  /**
   * Saves an edit of an action. `base` is the action as the editor opened it: changes others
   * stored since are merged in, and only fields both changed differently come back as a conflict.
   */
  saveAction(action: Action, base?: Action): Promise<SaveOutcome>;
  /** An unsent edit of this action that clashed with someone else's change, as a choice to make (null: none). */
  clashOf(actionId: ActionId): ConflictOutcome | null;
  /** What saving this edit would do to the sign-offs (null: nothing signed changes), said before saving. */
  previewSave(action: Action): ContentChangePreview | null;
  /** A blank action under a finding, led by the person's agency (or the finding's first), not yet saved. */
  draftAction(findingId: FindingId): Action | null;
  /** Adds a new action (a filled-in draft) to the plan. */
  addAction(action: Action): Promise<SaveOutcome>;
  /** Sends every pending edit, then every pending progress update, again (also on a timer and when the browser comes online). */
  retryPending(): Promise<void>;
  /** Who changed what in an action, and when, as SharePoint's versions of it record (newest first). */
  actionHistory(actionId: ActionId): Promise<HistoryOutcome>;
}

export type HistoryOutcome = Outcome<{ readonly status: 'read'; readonly changes: readonly ActionChange[] }>;

export interface PlanViewDeps {
  readonly store: PlanStore;
  readonly userId: UserId;
  readonly userName: string;
  readonly ids: IdSource;
  readonly now: () => Date;
  readonly pending: PendingEditStorage;
  /** Tells whoever a new governance stage waits for; without it, no one is notified. */
  readonly stageNotifier?: StageNotifier;
  /** Ids for new entries of a plan's governance record (random by default). */
  readonly newEntryId?: () => string;
}

/** How a part of the plan view reads and changes what the screen shows. */
export interface ViewAccess {
  readonly get: () => PlanViewState;
  readonly set: (partial: Partial<PlanViewState>) => void;
}

/** What every part of the plan view works on: the screen's state, SharePoint's lists, and the versions read from them. */
export interface PlanPartContext {
  readonly view: ViewAccess;
  readonly store: PlanStore;
  readonly book: VersionBook;
}
