// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ThreeWayMerge } from '../../src/domain/merge/three-way-merge';
import { useConflictChoices } from '../../src/ui/common/use-conflict-choices';

interface Note {
  readonly title: string;
  readonly body: string;
  readonly tag: string;
}

const mine: Note = { title: 'My title', body: 'My body', tag: 'mine' };
const merge: ThreeWayMerge<Note, keyof Note> = {
  merged: { title: 'Their title', body: 'Their body', tag: 'theirs' },
  conflicts: ['title', 'body'],
  outcomes: { title: 'conflict', body: 'conflict', tag: 'theirs' },
};

afterEach(cleanup);

describe('choosing whose value to keep, field by field', () => {
  it('keeps mine for every field both changed until the person chooses theirs', () => {
    const { result } = renderHook(() => useConflictChoices(merge, mine));
    expect(result.current.whose('title')).toBe('mine');
    expect(result.current.whose('body')).toBe('mine');
    expect(result.current.resolved()).toEqual({ title: 'My title', body: 'My body', tag: 'theirs' });
  });

  it('takes theirs for a field the person chose theirs for, and mine again when they change back', () => {
    const { result } = renderHook(() => useConflictChoices(merge, mine));
    act(() => result.current.choose('title', 'theirs'));
    expect(result.current.whose('title')).toBe('theirs');
    expect(result.current.resolved()).toEqual({ title: 'Their title', body: 'My body', tag: 'theirs' });
    act(() => result.current.choose('title', 'mine'));
    expect(result.current.resolved()).toEqual({ title: 'My title', body: 'My body', tag: 'theirs' });
  });
});
