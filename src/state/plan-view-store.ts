import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Action } from '../domain/action';
import {
  EDITABLE_ACTION_FIELDS,
  changedActionFields,
  mergeActionEdits,
  type EditableActionField,
} from '../domain/action-diff';
import type { FieldOutcome, ThreeWayMerge } from '../domain/merge/three-way-merge';
import type { ContentChangePreview } from '../domain/workflow/preview-content-change';
import { hasErrors, validateAction } from '../domain/action-rules';
import { isoDateTime, londonDateOf } from '../domain/dates';
import type { ActionId, FindingId, IdSource, PlanId, UserId } from '../domain/ids';
import { newAction } from '../domain/new-action';
import type { Member } from '../domain/member';
import { actionEditRefusal, agenciesMemberCanLead, isPlanAdmin } from '../domain/permissions';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { Governance } from '../domain/workflow/governance';
import { emptyRecord, type GovernanceRecord } from '../domain/workflow/governance-record';
import { summaryCurrent, summaryOf } from '../domain/workflow/governance-summary';
import type { ReplayedGovernance } from '../domain/workflow/replay-governance';
import { builtInStageOf } from '../domain/workflow/stage-chain';
import type { LoadedPlan, PlanChangeFeed, PlanStore, StoreVersion, Versioned } from '../data/plan-store.port';
import { isStoreError } from '../data/store-error';
import { describeStoreError, refusedOrFailed } from './describe-store-error';
import { governanceCommands, type GovernanceCommands } from './governance-commands';
import { recordContentChange } from './governance-content-change';
import type { WorkflowNotice } from './governance-outcome';
import type { LoadState } from './load-state';
import type { PendingEdit, PendingEditStorage } from './pending-edits';
import { progressUpdateQueue, withPendingMarks, type ProgressUpdateCommands } from './progress-update-commands';
import type { SaveOutcome } from './save-outcome';
import { adminCommands, type AdminCommands } from './plan-view-admin';
import type { StageNotifier } from './stage-notifier';
import { conflictCurrent } from './conflict-current';
import { findingCommands, type FindingCommands } from './finding-commands';
import { loadGovernanceEngine, type GovernanceEngine } from './lazy-governance-engine';
import { MERGE_ATTEMPTS } from './write-merging';
import type { GovernanceTrust } from './governance-trust';

/** `clash`: an unsent edit met someone else's change to the same fields, and waits for the person's choice. */
export type SaveMark = 'saving' | 'pending' | 'clash';

type ConflictOutcome = Extract<SaveOutcome, { status: 'conflict' }>;

const CLASH_REASON =
  'Someone else changed the same fields before this edit could be sent. It is kept on this device: open the action to choose what to keep.';

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
}

export type { UpdateOutcome } from './progress-update-commands';

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

const randomEntryId = (): string => `wfe-${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;

const RETRYABLE = new Set(['offline', 'throttled', 'server']);

/** The merge of an edit with what is stored, saved as the person's edit (their time and name on it). */
const asMine = (merged: Action, mine: Action): Action => ({
  ...merged,
  updatedAt: mine.updatedAt,
  updatedBy: mine.updatedBy,
});

/** Without what the edit started from, every field that differs is the person's choice. */
function everyDifferenceAsked(theirs: Action, mine: Action): ThreeWayMerge<Action, EditableActionField> {
  const conflicts = changedActionFields(theirs, mine);
  const outcomes = Object.fromEntries(
    EDITABLE_ACTION_FIELDS.map((f) => [f, conflicts.includes(f) ? 'conflict' : 'unchanged']),
  ) as Record<EditableActionField, FieldOutcome>;
  return { merged: theirs, conflicts, outcomes };
}

function conflictOutcome(
  mine: Action,
  theirs: Action,
  base: Action,
  merge: ThreeWayMerge<Action, EditableActionField>,
  theirsBy: string | undefined,
): ConflictOutcome {
  return { status: 'conflict', mine, theirs, base, merge, ...(theirsBy && { theirsBy }) };
}

/** The plan's stage, wherever it is shown or exported, is the governance stage (its built-in stand-in). */
const withStage = (snapshot: PlanSnapshot, g: Governance): PlanSnapshot => ({
  ...snapshot,
  plan: { ...snapshot.plan, stage: builtInStageOf(g.chain, g.stage) },
});

export function createPlanViewStore(deps: PlanViewDeps): StoreApi<PlanViewState> {
  const versions = new Map<string, StoreVersion>();
  /** Each action as last stored, so a save's "before" is what was signed, not an unsent edit. */
  const stored = new Map<string, Action>();
  let record: GovernanceRecord | null = null;
  /** The governance engine, once the first plan has loaded it. */
  let loadedEngine: GovernanceEngine | null = null;
  let planId: PlanId | null = null;
  /** What has changed in the open plan's lists, as the store reports it. */
  let feed: PlanChangeFeed | null = null;
  /** A look for changes is under way (looks never overlap). */
  let looking = false;
  /** Changes were found but not shown (a save was in flight): shown at the next look. */
  let unshownChanges = false;
  /** The load of a plan under way: start-up opens the plan its address names before the plan's screen asks. */
  let opening: { readonly id: PlanId; readonly done: Promise<void> } | null = null;

  const remember = <T extends { id: string }>(items: readonly Versioned<T>[]): T[] =>
    items.map((v) => {
      versions.set(v.value.id, v.version);
      return v.value;
    });

  return createStore<PlanViewState>()((set, get) => {
    const replaceAction = (action: Action) => {
      const snapshot = get().snapshot;
      if (!snapshot) return;
      set({ snapshot: { ...snapshot, actions: snapshot.actions.map((a) => (a.id === action.id ? action : a)) } });
    };
    const mark = (id: ActionId, value: SaveMark | null) => {
      const marks = { ...get().marks };
      if (value) marks[id] = value;
      else delete marks[id];
      set({ marks });
    };
    const setPending = (edit: PendingEdit | null, id: ActionId) => {
      if (!planId) return;
      const others = deps.pending.load(planId).filter((e) => e.action.id !== id);
      deps.pending.save(planId, edit ? [...others, edit] : others);
    };

    const toSnapshot = (loaded: LoadedPlan): PlanSnapshot => {
      const actions = remember(loaded.actions);
      stored.clear();
      actions.forEach((a) => stored.set(a.id, a));
      return {
        plan: remember([loaded.plan])[0]!,
        findings: remember(loaded.findings),
        actions,
        members: remember(loaded.members),
        updates: loaded.updates,
        signOffs: [],
      };
    };

    /**
     * Replays the record against the plan as it is, and shows the governance it adds up to, with the
     * members its admins recorded (a membership written by anyone else is not shown, nor counted).
     */
    const replay = (
      engine: GovernanceEngine,
      base: PlanSnapshot,
      duplicates: GovernanceTrust['duplicates'],
    ): ReplayedGovernance => {
      const replayed = engine.replayGovernance(record ?? emptyRecord(base.plan.id), base);
      const { governance } = replayed;
      const recorded = new Map(replayed.members.map((m) => [m.id as string, m]));
      const members = base.members.filter((m) => recorded.has(m.id)).map((m) => recorded.get(m.id)!);
      const me = members.find((m) => m.userId === deps.userId) ?? null;
      const snapshot = withStage({ ...base, members, signOffs: governance.signOffs }, governance);
      const trust: GovernanceTrust = {
        verdicts: replayed.verdicts,
        uncountedMemberships: replayed.uncountedMemberships,
        unrecordedChange: replayed.unrecordedChange,
        duplicates,
      };
      set({ snapshot, governance, trust, me });
      return replayed;
    };

    const saving = () => Object.values(get().marks).includes('saving');

    /** Who else changed which actions, between what this store last held and a fresh load. */
    const changedByOthers = (loaded: LoadedPlan): Record<string, string> => {
      const found: Record<string, string> = {};
      for (const { value, changedBy } of loaded.actions) {
        const was = stored.get(value.id);
        if (!changedBy || changedBy.userId === deps.userId) continue;
        if (!was || changedActionFields(was, value).length > 0) found[value.id] = changedBy.name;
      }
      return found;
    };

    /**
     * Reloads the plan without clearing the screen (after a change of members, or others' changes);
     * a failure leaves it as it is. A load that overlapped a save is not shown: it may predate the save.
     */
    async function refreshRecord(): Promise<boolean> {
      const id = planId;
      if (!id || saving()) return false;
      try {
        const [loaded, engine] = await Promise.all([deps.store.loadPlan(id), loadGovernanceEngine()]);
        if (saving() || planId !== id) return false;
        const changed = changedByOthers(loaded);
        if (!accept(id, loaded, engine)) return false;
        set({ othersChanged: { ...get().othersChanged, ...changed } });
        return true;
      } catch {
        // The change itself was saved; the next load shows it.
        return false;
      }
    }

    /** Starts loading a plan afresh: watching it, clearing the screen, then reading it. */
    async function openNow(id: PlanId): Promise<void> {
      planId = id;
      versions.clear();
      record = null;
      unshownChanges = false;
      // Watching starts before the plan is read, so nothing changed after the read goes unseen.
      const started = deps.store.watchPlan(id);
      feed = started;
      looking = true;
      void started
        .poll()
        .catch(() => undefined) // the next look starts watching instead
        .finally(() => {
          if (feed === started) looking = false;
        });
      set({
        load: { status: 'loading' },
        snapshot: null,
        governance: null,
        trust: null,
        workflowNotice: null,
        me: null,
        marks: {},
        othersChanged: {},
      });
      try {
        const [loaded, engine] = await Promise.all([deps.store.loadPlan(id), loadGovernanceEngine()]);
        if (!accept(id, loaded, engine)) return;
        set({ load: { status: 'ready' } });
        if (deps.pending.load(id).length > 0 || get().unsentUpdates.length > 0) void get().retryPending();
      } catch (error) {
        if (planId === id) set({ load: { status: 'error', problem: describeStoreError(error) } });
      }
    }

    /** Takes in a loaded plan; returns false when another plan was opened meanwhile. */
    const accept = (id: PlanId, loaded: LoadedPlan, engine: GovernanceEngine): boolean => {
      if (planId !== id) return false;
      loadedEngine = engine;
      record = loaded.record;
      const { governance } = replay(engine, toSnapshot(loaded), loaded.duplicates);
      if (isPlanAdmin(get().me) && !summaryCurrent(loaded.summary, governance)) {
        // The plan list shows each plan's stage from this summary; only admins may keep it.
        void deps.store.saveGovernanceSummary(summaryOf(governance)).catch(() => undefined);
      }
      for (const edit of deps.pending.load(id)) {
        // A clashing edit is not shown as if saved: the plan shows what is stored until the person chooses.
        if (!edit.clash) replaceAction(edit.action);
        mark(edit.action.id, edit.clash ? 'clash' : 'pending');
      }
      updates.restore();
      return true;
    };

    const governance = governanceCommands({
      store: deps.store,
      now: deps.now,
      newEntryId: deps.newEntryId ?? randomEntryId,
      current: () => {
        const { snapshot, me, governance: g } = get();
        return snapshot && g ? { snapshot, me, governance: g } : null;
      },
      accept: (entries, engine) => {
        const { snapshot, trust } = get();
        if (!snapshot || !record || record.planId !== snapshot.plan.id) return null;
        record = { ...record, entries };
        const replayed = replay(engine, snapshot, trust?.duplicates ?? []);
        const { governance: g } = replayed;
        if (isPlanAdmin(get().me)) void deps.store.saveGovernanceSummary(summaryOf(g)).catch(() => undefined);
        return replayed;
      },
      announce: (transition) => {
        void deps.stageNotifier?.(transition).then((notice) => {
          if (notice) set({ workflowNotice: notice });
        });
      },
    });

    /** After saved content changed: supersede sign-offs of the old content, and say so. */
    async function contentSaved(before: PlanSnapshot, after: PlanSnapshot): Promise<void> {
      const seen = get().governance;
      if (!seen || !get().me) return;
      const notice = await recordContentChange(governance.dispatch, seen, before, after);
      if (notice) set({ workflowNotice: notice });
    }

    /** The plan as it was stored before `action` was saved, with everything else as it is now. */
    const storedBefore = (snapshot: PlanSnapshot, id: ActionId): PlanSnapshot => {
      const was = stored.get(id);
      const actions = was
        ? snapshot.actions.map((a) => (a.id === id ? was : a))
        : snapshot.actions.filter((a) => a.id !== id);
      return { ...snapshot, actions };
    };

    /**
     * Writes an action over the version it was based on. `base` is the action at that version: on a
     * conflict (412) it is what both people started from.
     */
    async function send(
      action: Action,
      baseVersion: StoreVersion,
      previous: Action,
      base: Action | undefined,
      attempt = 1,
    ): Promise<SaveOutcome> {
      mark(action.id, 'saving');
      try {
        const saved = await deps.store.updateAction(action, baseVersion);
        versions.set(action.id, saved.version);
        replaceAction(saved.value);
        setPending(null, action.id);
        mark(action.id, null);
        await settleStored(saved.value);
        return { status: 'saved', action: saved.value };
      } catch (error) {
        return handleFailure(error, action, baseVersion, previous, base, attempt);
      }
    }

    /** An action's new value is stored: the workflow hears of it before the save counts as done. */
    async function settleStored(value: Action): Promise<void> {
      const after = get().snapshot;
      if (after) await contentSaved(storedBefore(after, value.id), after);
      stored.set(value.id, value);
    }

    async function handleFailure(
      error: unknown,
      action: Action,
      baseVersion: StoreVersion,
      previous: Action,
      base: Action | undefined,
      attempt: number,
    ): Promise<SaveOutcome> {
      const problem = describeStoreError(error, 'kept');
      if (isStoreError(error) && RETRYABLE.has(error.kind)) {
        setPending({ action, baseVersion, reason: problem.message, ...(base && { base }) }, action.id);
        mark(action.id, 'pending');
        return { status: 'pending', message: problem.message };
      }
      mark(action.id, null);
      setPending(null, action.id);
      const current = conflictCurrent<Action>(error);
      if (current) {
        const theirs = current.value;
        versions.set(theirs.id, current.version);
        replaceAction(theirs);
        // A retry after a dropped response finds its own earlier write: that is a save, not a conflict.
        if (changedActionFields(action, theirs).length === 0) {
          await settleStored(theirs);
          return { status: 'saved', action: theirs };
        }
        stored.set(theirs.id, theirs);
        const merge = base ? mergeActionEdits(base, theirs, action) : everyDifferenceAsked(theirs, action);
        if (merge.conflicts.length > 0 || attempt >= MERGE_ATTEMPTS) {
          return conflictOutcome(action, theirs, base ?? theirs, merge, current.changedBy?.name);
        }
        const merged = asMine(merge.merged, action);
        replaceAction(merged);
        return send(merged, current.version, theirs, theirs, attempt + 1);
      }
      replaceAction(previous);
      if (problem.kind === 'forbidden') return { status: 'refused', message: problem.message };
      return { status: 'failed', message: problem.message };
    }

    /** An edit sent from the queue met a clash: it stays on this device, marked, for the person to resolve. */
    const keepClash = (outcome: ConflictOutcome) => {
      const id = outcome.mine.id;
      const version = versions.get(id);
      if (!version) return;
      setPending(
        { action: outcome.mine, baseVersion: version, base: outcome.base, reason: CLASH_REASON, clash: true },
        id,
      );
      mark(id, 'clash');
    };

    /** What the admin and finding commands share: the store, versions, and the snapshot they change. */
    const editing = {
      store: deps.store,
      versions,
      snapshot: () => get().snapshot,
      me: () => get().me,
      replace: (snapshot: PlanSnapshot) => {
        const before = get().snapshot;
        set({ snapshot, me: snapshot.members.find((m) => m.userId === deps.userId) ?? null });
        if (before) void contentSaved(before, snapshot);
        // Who counts as a member is read from SharePoint's versions of the Members list: read them again.
        if (before && before.members !== snapshot.members) void refreshRecord();
      },
    };

    const updates = progressUpdateQueue({
      store: deps.store,
      queue: deps.pending.updates,
      userId: deps.userId,
      planId: () => planId,
      snapshot: () => get().snapshot,
      me: () => get().me,
      saveAction: (action) => get().saveAction(action),
      // An edit waiting for the person's choice is not waiting to be sent: updates behind it go on.
      editPending: (id) => planId !== null && deps.pending.load(planId).some((e) => e.action.id === id && !e.clash),
      newUpdate: (content) => ({
        ...content,
        id: deps.ids('update'),
        authorId: deps.userId,
        authorName: deps.userName,
        at: isoDateTime(deps.now()),
      }),
      stored: (update) => {
        const current = get().snapshot;
        if (current?.plan.id === update.planId)
          set({ snapshot: { ...current, updates: [...current.updates, update] } });
      },
      show: (unsentUpdates) => {
        const waiting = new Set<string>(unsentUpdates.filter((p) => !p.problem).map((p) => p.update.actionId));
        if (planId) deps.pending.load(planId).forEach((e) => waiting.add(e.action.id));
        set({ unsentUpdates, marks: withPendingMarks(get().marks, waiting) });
      },
    });

    return {
      ...adminCommands({ ...editing, newMemberId: () => deps.ids('member') }),
      ...findingCommands({ ...editing, newFindingId: () => deps.ids('finding') }),
      ...governance,
      ...updates.commands,
      load: { status: 'idle' },
      snapshot: null,
      governance: null,
      trust: null,
      workflowNotice: null,
      me: null,
      marks: {},
      othersChanged: {},
      dismissWorkflowNotice: () => set({ workflowNotice: null }),
      async checkForChanges() {
        if (!feed || looking || get().load.status !== 'ready') return;
        looking = true;
        const watched = feed;
        try {
          const found = await watched.poll();
          if (watched !== feed) return;
          if (found !== 'none' || unshownChanges) unshownChanges = !(await refreshRecord());
        } catch {
          // Offline or throttled: the next look tries again, and the plan on screen stays as it is.
        } finally {
          looking = false;
        }
      },
      open(id) {
        if (opening?.id === id && planId === id) return opening.done;
        const done = openNow(id);
        const current = { id, done };
        opening = current;
        void done.finally(() => {
          if (opening === current) opening = null;
        });
        return done;
      },
      async reload() {
        if (planId) await get().open(planId);
      },
      previewSave(draft) {
        const { snapshot, governance: g, me } = get();
        if (!snapshot || !g || !me || !loadedEngine) return null;
        const before = storedBefore(snapshot, draft.id);
        const after = { ...before, actions: before.actions.map((a) => (a.id === draft.id ? draft : a)) };
        return loadedEngine.previewContentChange(g, before, after, me, isoDateTime(deps.now()));
      },
      async saveAction(draft, base) {
        const { snapshot, me } = get();
        const previous = snapshot?.actions.find((a) => a.id === draft.id);
        if (!snapshot || !previous) return { status: 'failed', message: 'This action is no longer in the plan.' };
        const refusal = actionEditRefusal(me, previous, snapshot.plan.agencies, draft.leadAgency);
        if (refusal) return { status: 'refused', message: refusal };
        const now = deps.now();
        const errors = validateAction(draft, { today: londonDateOf(now), letterDate: snapshot.plan.letterDate });
        if (hasErrors(errors)) return { status: 'invalid', errors };
        const stamped: Action = { ...draft, updatedAt: isoDateTime(now), updatedBy: deps.userId };
        const known = stored.get(draft.id) ?? previous;
        const startedFrom = base ?? known;
        // Changes that arrived while the editor was open are merged in before anything is sent.
        const merge = startedFrom === known ? null : mergeActionEdits(startedFrom, known, stamped);
        if (merge && merge.conflicts.length > 0) {
          return conflictOutcome(stamped, known, startedFrom, merge, get().othersChanged[draft.id]);
        }
        const action = merge ? asMine(merge.merged, stamped) : stamped;
        replaceAction(action);
        return send(action, versions.get(action.id)!, previous, known);
      },
      draftAction(findingId) {
        const { snapshot, me } = get();
        const finding = snapshot?.findings.find((f) => f.id === findingId);
        const allowed = snapshot ? agenciesMemberCanLead(me, snapshot.plan.agencies) : [];
        if (!snapshot || !finding || allowed.length === 0) return null;
        const preferred = me?.agency ?? finding.agencies.find((a) => allowed.some((x) => x.key === a));
        return newAction({
          id: deps.ids('action'),
          planId: snapshot.plan.id,
          findingId,
          leadAgency: allowed.find((a) => a.key === preferred)?.key ?? allowed[0]!.key,
          order: snapshot.actions.reduce((max, a) => Math.max(max, a.order + 1), 0),
        });
      },
      async addAction(draft) {
        const { snapshot, me } = get();
        if (!snapshot) return { status: 'failed', message: 'The plan is not loaded.' };
        if (!agenciesMemberCanLead(me, snapshot.plan.agencies).some((a) => a.key === draft.leadAgency)) {
          return { status: 'refused', message: 'You can add actions only for your own agency.' };
        }
        const now = deps.now();
        const errors = validateAction(draft, { today: londonDateOf(now), letterDate: snapshot.plan.letterDate });
        if (hasErrors(errors)) return { status: 'invalid', errors };
        const action: Action = { ...draft, updatedAt: isoDateTime(now), updatedBy: deps.userId };
        try {
          const saved = await deps.store.createAction(action);
          versions.set(action.id, saved.version);
          const current = get().snapshot!;
          const after = { ...current, actions: [...current.actions, saved.value] };
          set({ snapshot: after });
          await contentSaved(current, after);
          stored.set(action.id, saved.value);
          return { status: 'saved', action: saved.value };
        } catch (error) {
          return refusedOrFailed(error);
        }
      },
      clashOf(actionId) {
        const edit = planId ? deps.pending.load(planId).find((e) => e.action.id === actionId && e.clash) : undefined;
        const theirs = stored.get(actionId);
        if (!edit || !theirs) return null;
        const base = edit.base ?? theirs;
        const merge = mergeActionEdits(base, theirs, edit.action);
        return conflictOutcome(edit.action, theirs, base, merge, get().othersChanged[actionId]);
      },
      async retryPending() {
        if (!planId) return;
        for (const edit of deps.pending.load(planId)) {
          if (edit.clash) continue;
          const previous = get().snapshot?.actions.find((a) => a.id === edit.action.id) ?? edit.action;
          const outcome = await send(edit.action, edit.baseVersion as StoreVersion, previous, edit.base);
          if (outcome.status === 'conflict') keepClash(outcome);
        }
        await updates.sendWaiting();
      },
    };
  });
}
