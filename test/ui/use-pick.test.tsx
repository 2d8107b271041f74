// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { usePick } from '../../src/ui/common/use-store';

interface Screen {
  readonly title: string;
  readonly count: number;
  readonly unrelated: number;
}

afterEach(cleanup);

describe('reading several fields of a store at once', () => {
  it('gives the picked fields and draws again when one of them changes, not when another field does', () => {
    const store = createStore<Screen>(() => ({ title: 'Plan', count: 1, unrelated: 0 }));
    let draws = 0;
    const { result } = renderHook(() => {
      draws += 1;
      return usePick(store, 'title', 'count');
    });
    expect(result.current).toEqual({ title: 'Plan', count: 1 });
    const drawn = draws;

    act(() => store.setState({ unrelated: 5 }));
    expect(draws).toBe(drawn);

    act(() => store.setState({ count: 2 }));
    expect(result.current).toEqual({ title: 'Plan', count: 2 });
    expect(draws).toBe(drawn + 1);
  });
});
