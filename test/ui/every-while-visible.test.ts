import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { everyWhileVisible, type VisibilitySource } from '../../src/ui/common/every-while-visible';

/** A page whose visibility the test switches. */
function page(initial: DocumentVisibilityState = 'visible') {
  const listeners = new Set<() => void>();
  const doc: VisibilitySource & { show(): void; hide(): void; listeners: Set<() => void> } = {
    visibilityState: initial,
    listeners,
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    show() {
      (this as { visibilityState: DocumentVisibilityState }).visibilityState = 'visible';
      listeners.forEach((l) => l());
    },
    hide() {
      (this as { visibilityState: DocumentVisibilityState }).visibilityState = 'hidden';
      listeners.forEach((l) => l());
    },
  };
  return doc;
}

describe('looking for changes every interval while the tab is visible', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('looks once an interval while visible: ten looks in five minutes at 30 seconds', async () => {
    const doc = page();
    const tick = vi.fn(async () => undefined);
    const stop = everyWhileVisible(doc, 30_000, tick);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(tick).toHaveBeenCalledTimes(10);
    stop();
  });

  it('looks not at all while hidden, and at once on coming back', async () => {
    const doc = page();
    const tick = vi.fn(async () => undefined);
    const stop = everyWhileVisible(doc, 30_000, tick);
    doc.hide();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(tick).not.toHaveBeenCalled();
    doc.show();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(tick).toHaveBeenCalledTimes(2);
    stop();
  });

  it('never runs two looks at once, and waits an interval after a slow one', async () => {
    const doc = page();
    let finish: () => void = () => undefined;
    const tick = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = everyWhileVisible(doc, 10_000, tick);
    await vi.advanceTimersByTimeAsync(10_000);
    doc.hide();
    doc.show();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tick).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tick).toHaveBeenCalledTimes(2);
    stop();
  });

  it('stops looking, and listening, when stopped', async () => {
    const doc = page();
    const tick = vi.fn(async () => undefined);
    everyWhileVisible(doc, 1_000, tick)();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tick).not.toHaveBeenCalled();
    expect(doc.listeners.size).toBe(0);
  });
});
