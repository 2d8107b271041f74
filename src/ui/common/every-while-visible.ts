/** The parts of `document` the schedule needs. */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/**
 * Runs `tick` every `intervalMs` while the page is visible, one run at a time, and not at all while
 * it is hidden; coming back into view runs it at once. Returns a function that stops it.
 */
export function everyWhileVisible(doc: VisibilitySource, intervalMs: number, tick: () => Promise<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let running = false;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    clear();
    if (!stopped && doc.visibilityState === 'visible') timer = setTimeout(run, intervalMs);
  };
  const run = () => {
    timer = null;
    if (stopped || running || doc.visibilityState !== 'visible') return;
    running = true;
    void tick()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        schedule();
      });
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') run();
    else clear();
  };

  doc.addEventListener('visibilitychange', onVisibility);
  schedule();
  return () => {
    stopped = true;
    clear();
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
