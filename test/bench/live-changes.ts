import { benchViewAs } from './support/bench-view';
import { DEFAULT_LIVE_CHANGES_MS } from '../../src/app/live-changes-interval';
import type { PlanId } from '../../src/domain/ids';
import { everyWhileVisible, type VisibilitySource } from '../../src/ui/common/every-while-visible';

export interface LiveChangeFigures {
  readonly intervalMs: number;
  /** From a save in one window to the change on screen in another, over `edits` edits. */
  readonly saveToVisible: { readonly edits: number; readonly medianMs: number; readonly worstMs: number };
  /** Requests an open plan nobody changes makes in five minutes, visible and then hidden. */
  readonly idleFiveMinutes: { readonly visible: number; readonly hidden: number };
}

const EDITS = 20;
const IDLE_MS = 5 * 60 * 1000;

/** A page that stays visible or hidden, as the tab would. */
const page = (visibilityState: DocumentVisibilityState): VisibilitySource => ({
  visibilityState,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
});

function counter() {
  let count = 0;
  const counting: typeof fetch = (input, init) => {
    count += 1;
    return fetch(input, init);
  };
  return { counting, count: () => count, reset: () => void (count = 0) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests made by a plan left open for five minutes, with the app's own schedule. */
async function idleRequests(graphBaseUrl: string, planId: PlanId, visibility: DocumentVisibilityState) {
  const requests = counter();
  const view = benchViewAs(graphBaseUrl, 'u-police-owner', requests.counting);
  await view.getState().open(planId);
  await sleep(2_000); // the first look, which starts watching, has answered
  requests.reset();
  const stop = everyWhileVisible(page(visibility), DEFAULT_LIVE_CHANGES_MS, () => view.getState().checkForChanges());
  await sleep(IDLE_MS);
  stop();
  return requests.count();
}

/**
 * The DCS edits one action `EDITS` times, each at a random moment of the police owner's look
 * schedule; each time, how long until the owner's open plan shows it. Meanwhile, two other open
 * plans nobody changes count their requests, one visible and one hidden.
 */
export async function measureLiveChanges(
  graphBaseUrl: string,
  editedPlan: PlanId,
  idlePlan: PlanId,
): Promise<LiveChangeFigures> {
  const idle = Promise.all([
    idleRequests(graphBaseUrl, idlePlan, 'visible'),
    idleRequests(graphBaseUrl, idlePlan, 'hidden'),
  ]);
  const editor = benchViewAs(graphBaseUrl, 'u-dcs');
  const viewer = benchViewAs(graphBaseUrl, 'u-police-owner');
  await Promise.all([editor.getState().open(editedPlan), viewer.getState().open(editedPlan)]);
  const stop = everyWhileVisible(page('visible'), DEFAULT_LIVE_CHANGES_MS, () => viewer.getState().checkForChanges());
  const actionId = editor.getState().snapshot!.actions[0]!.id;
  const delays: number[] = [];
  for (let i = 0; i < EDITS; i += 1) {
    await sleep(Math.random() * DEFAULT_LIVE_CHANGES_MS);
    const value = `Bench edit ${i} at ${new Date().toISOString()}`;
    const current = editor.getState().snapshot!.actions.find((a) => a.id === actionId)!;
    const saved = await editor.getState().saveAction({ ...current, measuredBy: value });
    if (saved.status !== 'saved') throw new Error(`The bench edit was not saved: ${saved.status}`);
    const savedAt = performance.now();
    const shown = () => viewer.getState().snapshot?.actions.find((a) => a.id === actionId)?.measuredBy === value;
    while (!shown()) await sleep(20);
    delays.push(performance.now() - savedAt);
  }
  stop();
  const [visible, hidden] = await idle;
  const sorted = [...delays].sort((a, b) => a - b);
  return {
    intervalMs: DEFAULT_LIVE_CHANGES_MS,
    saveToVisible: {
      edits: EDITS,
      medianMs: Math.round((sorted[(EDITS - 1) >> 1]! + sorted[EDITS >> 1]!) / 2),
      worstMs: Math.round(sorted.at(-1)!),
    },
    idleFiveMinutes: { visible, hidden },
  };
}
