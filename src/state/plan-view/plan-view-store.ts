import { createStore, type StoreApi } from 'zustand/vanilla';
import { isoDateTime } from '../../domain/dates';
import type { PlanId } from '../../domain/ids';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { actionCommands } from './action-commands';
import { actionWrites } from './action-writes';
import type { AdminContext } from './admin-commands';
import { lazyAdminCommands, lazyFindingCommands } from './lazy-plan-commands';
import { keptEdits, type KeptEdits } from './kept-edits';
import { liveChanges } from './live-changes';
import { planGovernance } from './plan-governance';
import { NO_PLAN_SHOWN, planLoading } from './plan-loading';
import type { PlanViewDeps, PlanViewState, ViewAccess } from './plan-view-state';
import { progressUpdateQueue, withPendingMarks, type ProgressUpdateQueue } from './progress-update-commands';
import { createVersionBook, type VersionBook } from './version-book';
import { countWrites } from './write-count';

export type { PlanViewDeps, PlanViewState, SaveMark } from './plan-view-state';
export type { UpdateOutcome } from './progress-update-commands';

const randomEntryId = (): string => `wfe-${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;

/** What the admin and finding commands share: the store, versions, and the snapshot they change. */
function editingContext(
  view: ViewAccess,
  deps: PlanViewDeps,
  book: VersionBook,
  contentSaved: (before: PlanSnapshot, after: PlanSnapshot) => Promise<void>,
  refresh: () => Promise<boolean>,
): Omit<AdminContext, 'newMemberId'> {
  return {
    store: deps.store,
    versions: book.versions,
    snapshot: () => view.get().snapshot,
    me: () => view.get().me,
    replace: (snapshot) => {
      const before = view.get().snapshot;
      view.set({ snapshot, me: snapshot.members.find((m) => m.userId === deps.userId) ?? null });
      if (before) void contentSaved(before, snapshot);
      // Who counts as a member is read from SharePoint's versions of the Members list: read them again.
      if (before && before.members !== snapshot.members) void refresh();
    },
  };
}

/** The person's progress updates on the open plan, queued on this device until SharePoint has them. */
function progressUpdates(
  view: ViewAccess,
  deps: PlanViewDeps,
  edits: KeptEdits,
  planId: () => PlanId | null,
): ProgressUpdateQueue {
  return progressUpdateQueue({
    store: deps.store,
    queue: deps.pending.updates,
    userId: deps.userId,
    planId,
    snapshot: () => view.get().snapshot,
    me: () => view.get().me,
    saveAction: (action) => view.get().saveAction(action),
    // An edit waiting for the person's choice is not waiting to be sent: updates behind it go on.
    editPending: (id) => edits.list().some((e) => e.action.id === id && !e.clash),
    newUpdate: (content) => ({
      ...content,
      id: deps.ids('update'),
      authorId: deps.userId,
      authorName: deps.userName,
      at: isoDateTime(deps.now()),
    }),
    stored: (update) => {
      const current = view.get().snapshot;
      if (current?.plan.id !== update.planId) return;
      // A reload that finished while the update was being sent may already hold it.
      const others = current.updates.filter((u) => u.id !== update.id);
      view.set({ snapshot: { ...current, updates: [...others, update] } });
    },
    show: (unsentUpdates) => {
      const waiting = new Set<string>(unsentUpdates.filter((p) => !p.problem).map((p) => p.update.actionId));
      edits.list().forEach((e) => waiting.add(e.action.id));
      view.set({ unsentUpdates, marks: withPendingMarks(view.get().marks, waiting) });
    },
  });
}

/**
 * The open plan's view: composed of the parts that each keep their own state. The loading part
 * knows which plan is open and watches it for others' changes; the version book and kept edits
 * hold what saving actions needs; the governance part holds the record; admin, finding and
 * progress update commands write through the same snapshot.
 */
export function createPlanViewStore(given: PlanViewDeps): StoreApi<PlanViewState> {
  const writeCount = countWrites(given.store);
  const deps: PlanViewDeps = { ...given, store: writeCount.store };
  return createStore<PlanViewState>()((set, get) => {
    const view: ViewAccess = { get, set };
    const book = createVersionBook();
    const planId = () => loading.planId();
    const { store, userId, now } = deps;
    const newEntryId = deps.newEntryId ?? randomEntryId;
    const governance = planGovernance({
      view,
      book,
      store,
      userId,
      now,
      newEntryId,
      stageNotifier: deps.stageNotifier,
      checked: deps.pending.checked,
    });
    const { contentSaved } = governance;
    const edits = keptEdits(view, deps.pending, planId);
    const writes = actionWrites({ view, book, store, edits, contentSaved });
    const { retryEdits, ...actions } = actionCommands({ ...deps, view, book, edits, writes, contentSaved });
    const updates = progressUpdates(view, deps, edits, planId);
    const live = liveChanges({ store, ready: () => get().load.status === 'ready', show: () => loading.refresh() });
    const loading = planLoading({
      ...{ view, store, userId, book, governance, edits, live, writes: writeCount },
      restoreUpdates: updates.restore,
      somethingWaiting: () => edits.list().length > 0 || get().unsentUpdates.length > 0,
      retryPending: () => get().retryPending(),
    });
    const editing = editingContext(view, deps, book, contentSaved, loading.refresh);
    return {
      ...lazyAdminCommands({ ...editing, newMemberId: () => deps.ids('member') }),
      ...lazyFindingCommands({ ...editing, newFindingId: () => deps.ids('finding') }),
      ...governance.commands,
      ...updates.commands,
      ...actions,
      load: { status: 'idle' },
      ...NO_PLAN_SHOWN,
      dismissWorkflowNotice: () => set({ workflowNotice: null }),
      checkForChanges: () => live.check(),
      open: (id) => loading.open(id),
      async reload() {
        const id = loading.planId();
        if (id) await get().open(id);
      },
      previewSave: (draft) => governance.preview(draft),
      async retryPending() {
        if (!loading.planId()) return;
        await retryEdits();
        await updates.sendWaiting();
      },
    };
  });
}
