import type { Action } from '../../domain/action';
import { isoDateTime } from '../../domain/dates';
import type { UserId } from '../../domain/ids';
import { isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { Governance } from '../../domain/workflow/governance';
import { emptyRecord, type GovernanceRecord } from '../../domain/workflow/governance-record';
import { summaryCurrent, summaryOf, type GovernanceSummary } from '../../domain/workflow/governance-summary';
import type { ContentChangePreview } from '../../domain/workflow/preview-content-change';
import type { ReplayedGovernance } from '../../domain/workflow/replay-governance';
import { builtInStageOf } from '../../domain/workflow/stage-chain';
import type { LoadedPlan, PlanStore } from '../../data/plan-store.port';
import type { CheckedVersionsStorage } from '../checked-versions';
import type { GovernanceTrust } from '../governance-trust';
import type { GovernanceEngine } from '../lazy-governance-engine';
import type { StageNotifier } from '../stage-notifier';
import { governanceCommands, type GovernanceCommands, type GovernanceSlice } from './governance-commands';
import { recordContentChange } from './governance-content-change';
import type { PlanPartContext, PlanViewState, ViewAccess } from './plan-view-state';
import type { ContentChecks, ContentStanding } from './content-checks';

/** The open plan's governance record, replayed into what the screen shows, and the commands that add to it. */
export interface PlanGovernance {
  readonly commands: GovernanceCommands;
  /** Forgets the record and the action versions read (a plan is being opened afresh). */
  reset(): void;
  /**
   * Takes in a loaded plan's record, and shows the plan with the governance it adds up to; an
   * admin keeps the plan's governance summary current.
   */
  takeIn(loaded: LoadedPlan, base: PlanSnapshot, engine: GovernanceEngine): void;
  /** After saved content changed: supersedes sign-offs of the old content, and says so. */
  contentSaved(before: PlanSnapshot, after: PlanSnapshot): Promise<void>;
  /** What saving this edit would do to the sign-offs (null: nothing signed changes). */
  preview(draft: Action): ContentChangePreview | null;
}

export interface PlanGovernanceContext extends PlanPartContext {
  readonly userId: UserId;
  readonly now: () => Date;
  readonly newEntryId: () => string;
  readonly stageNotifier?: StageNotifier;
  /** Where the action versions read for the checks are kept on this device. */
  readonly checked: CheckedVersionsStorage;
}

/** The plan's stage, wherever it is shown or exported, is the governance stage (its built-in stand-in). */
const withStage = (snapshot: PlanSnapshot, g: Governance): PlanSnapshot => ({
  ...snapshot,
  plan: { ...snapshot.plan, stage: builtInStageOf(g.chain, g.stage) },
});

/** Whether an action still waits on its history to know if it counts. */
const actionsChecking = (view: ViewAccess): boolean =>
  (view.get().trust?.uncountedActions ?? []).some((a) => a.checking);

/**
 * Keeps the summary the plan list shows each plan's stage from (only admins may), once the plan's
 * content is settled: while an action's history is still being read, the replay may lack it.
 */
function summaryKeeper(store: PlanStore, view: ViewAccess) {
  /** The summary as last read (null: out of date), until a settled replay has been compared with it. */
  let known: { readonly summary: GovernanceSummary | null } | null = null;
  const settle = (g: Governance) => {
    if (!known || actionsChecking(view) || !isPlanAdmin(view.get().me)) return;
    if (!summaryCurrent(known.summary, g)) void store.saveGovernanceSummary(summaryOf(g)).catch(() => undefined);
    known = null;
  };
  return {
    /** A load read this summary. */
    read(summary: GovernanceSummary | null, g: Governance) {
      known = { summary };
      settle(g);
    },
    /** A command changed the governance: the summary is out of date. */
    changed(g: Governance) {
      known = { summary: null };
      settle(g);
    },
    settle,
  };
}

/**
 * What the screen shows of a replayed plan: the governance it adds up to, the members its admins
 * recorded (a membership written by anyone else is not shown, nor counted), and only the progress
 * updates that count (those that do not are kept in `trust`, with why).
 */
function shownPlan(
  replayed: ReplayedGovernance,
  base: PlanSnapshot,
  standing: ContentStanding,
  userId: UserId,
  duplicates: GovernanceTrust['duplicates'],
): Pick<PlanViewState, 'snapshot' | 'governance' | 'trust' | 'me'> {
  const { governance, verdicts, uncountedMemberships, unrecordedChange } = replayed;
  const recorded = new Map(replayed.members.map((m) => [m.id as string, m]));
  const members = base.members.filter((m) => recorded.has(m.id)).map((m) => recorded.get(m.id)!);
  const snapshot = withStage(
    { ...base, members, signOffs: governance.signOffs, updates: standing.updates.counted },
    governance,
  );
  return {
    snapshot,
    governance,
    trust: {
      ...{ verdicts, uncountedMemberships, unrecordedChange, duplicates },
      uncountedActions: standing.actions.uncounted,
      uncountedUpdates: standing.updates.uncounted,
      unallowedChanges: standing.changes,
      checkingChanges: standing.checkingChanges,
    },
    me: members.find((m) => m.userId === userId) ?? null,
  };
}

/** The plan as the governance commands act on it; `checking` while an action waits on its history. */
function sliceOf(view: ViewAccess): GovernanceSlice | null {
  const { snapshot, me, governance: g } = view.get();
  return snapshot && g ? { snapshot, me, governance: g, checking: actionsChecking(view) } : null;
}

export function planGovernance(ctx: PlanGovernanceContext): PlanGovernance {
  const { view } = ctx;
  let record: GovernanceRecord | null = null;
  /** The governance engine, once the first plan has loaded it. */
  let loadedEngine: GovernanceEngine | null = null;
  const summaries = summaryKeeper(ctx.store, view);

  /** Replays the record against the plan as it is, and shows what it adds up to (see `shownPlan`). */
  const replay = (
    engine: GovernanceEngine,
    base: PlanSnapshot,
    duplicates: GovernanceTrust['duplicates'],
  ): ReplayedGovernance => {
    const given = record ?? emptyRecord(base.plan.id);
    const membership = engine.membershipHistory(given);
    const standing = checksOf(engine).stand(engine, base, membership);
    // An action that does not count is not part of the plan's content: the governance is worked out without it.
    const counted = { ...base, actions: standing.actions.counted };
    const replayed = engine.replayGovernance(given, counted, membership);
    view.set(shownPlan(replayed, counted, standing, ctx.userId, duplicates));
    return replayed;
  };

  /** The plan as it is on the screen, with the actions and updates it left out, to replay again. */
  const everything = (engine: GovernanceEngine): PlanSnapshot | null => {
    const { snapshot, trust } = view.get();
    return snapshot && engine.withEverything(snapshot, trust?.uncountedActions ?? [], trust?.uncountedUpdates ?? []);
  };

  /** The checks of who added each action, posted each update and saved each action: they come with the governance engine. */
  let checks: ContentChecks | null = null;
  const checksOf = (engine: GovernanceEngine): ContentChecks =>
    (checks ??= engine.contentChecks({
      store: ctx.store,
      book: ctx.book,
      kept: ctx.checked,
      settled: () => {
        const base = everything(engine);
        if (!base || record?.planId !== base.plan.id) return;
        summaries.settle(replay(engine, base, view.get().trust?.duplicates ?? []).governance);
      },
    }));

  const commands = governanceCommands({
    store: ctx.store,
    now: ctx.now,
    newEntryId: ctx.newEntryId,
    current: () => sliceOf(view),
    accept: (entries, engine) => {
      const snapshot = everything(engine);
      if (!snapshot || !record || record.planId !== snapshot.plan.id) return null;
      record = { ...record, entries };
      const replayed = replay(engine, snapshot, view.get().trust?.duplicates ?? []);
      summaries.changed(replayed.governance);
      return replayed;
    },
    announce: (transition) => {
      void ctx.stageNotifier?.(transition).then((notice) => {
        if (notice) view.set({ workflowNotice: notice });
      });
    },
  });

  return {
    commands,
    reset: () => {
      record = null;
      checks?.reset();
    },
    takeIn(loaded, base, engine) {
      loadedEngine = engine;
      record = loaded.record;
      checksOf(engine).reloaded();
      summaries.read(loaded.summary, replay(engine, base, loaded.duplicates).governance);
    },
    async contentSaved(before, after) {
      const seen = view.get().governance;
      // The record is replayed (`seen`) only once the engine has loaded.
      if (!seen || !view.get().me || !loadedEngine) return;
      const notice = await recordContentChange(loadedEngine, commands.dispatch, seen, before, after);
      if (notice) view.set({ workflowNotice: notice });
    },
    preview(draft) {
      const { snapshot, governance: g, me } = view.get();
      if (!snapshot || !g || !me || !loadedEngine) return null;
      const before = ctx.book.storedBefore(snapshot, draft.id);
      const after = { ...before, actions: before.actions.map((a) => (a.id === draft.id ? draft : a)) };
      return loadedEngine.previewContentChange(g, before, after, me, isoDateTime(ctx.now()));
    },
  };
}
