// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCommand } from '../../src/ui/common/use-command';

type Outcome =
  | { readonly status: 'done'; readonly count: number }
  | { readonly status: 'conflict'; readonly message: string }
  | { readonly status: 'invalid'; readonly problems: readonly string[] }
  | { readonly status: 'refused' | 'failed'; readonly message: string };

/** A command whose outcome the test settles when it chooses. */
function pending() {
  let settle: (outcome: Outcome) => void = () => undefined;
  const command = vi.fn(
    (_label: string) =>
      new Promise<Outcome>((resolve) => {
        settle = resolve;
      }),
  );
  return { command, settle: (outcome: Outcome) => settle(outcome) };
}

afterEach(cleanup);

describe('running a store command from a form', () => {
  it('is busy while the command runs, and passes the arguments on', async () => {
    const { command, settle } = pending();
    const { result } = renderHook(() => useCommand(command, { success: 'done' }));
    expect(result.current.busy).toBe(false);
    let running!: Promise<Outcome>;
    act(() => {
      running = result.current.run('first');
    });
    expect(result.current.busy).toBe(true);
    expect(command).toHaveBeenCalledWith('first');
    await act(async () => {
      settle({ status: 'done', count: 2 });
      await running;
    });
    expect(result.current.busy).toBe(false);
    await expect(running).resolves.toEqual({ status: 'done', count: 2 });
  });

  it('shows the message of a refused or failed outcome, and calls onSuccess only on success', async () => {
    const { command, settle } = pending();
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useCommand(command, { success: 'done', onSuccess }));
    await act(async () => {
      const running = result.current.run('a');
      settle({ status: 'refused', message: 'Only plan admins can do that.' });
      await running;
    });
    expect(result.current.problem).toBe('Only plan admins can do that.');
    expect(onSuccess).not.toHaveBeenCalled();
    await act(async () => {
      const running = result.current.run('b');
      settle({ status: 'done', count: 1 });
      await running;
    });
    expect(result.current.problem).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith({ status: 'done', count: 1 });
  });

  it('leaves handled statuses and outcomes without a message to the caller', async () => {
    const { command, settle } = pending();
    const { result } = renderHook(() => useCommand(command, { success: 'done', handled: ['conflict'] }));
    for (const outcome of [
      { status: 'conflict', message: 'Someone else changed it.' },
      { status: 'invalid', problems: ['area'] },
    ] as const) {
      await act(async () => {
        const running = result.current.run('x');
        settle(outcome);
        await running;
      });
      expect(result.current.problem).toBeNull();
    }
  });

  it('clears the last problem when it runs again, unless asked to keep it while busy', async () => {
    for (const keepProblemWhileBusy of [false, true]) {
      const { command, settle } = pending();
      const { result } = renderHook(() => useCommand(command, { success: 'done', keepProblemWhileBusy }));
      act(() => result.current.setProblem('Enter a date.'));
      let running!: Promise<Outcome>;
      act(() => {
        running = result.current.run('again');
      });
      expect(result.current.problem).toBe(keepProblemWhileBusy ? 'Enter a date.' : null);
      await act(async () => {
        settle({ status: 'failed', message: 'The connection was lost.' });
        await running;
      });
      expect(result.current.problem).toBe('The connection was lost.');
      cleanup();
    }
  });
});
