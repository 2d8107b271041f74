import { describe, expect, it } from 'vitest';
import { reviewDraft, type ReviewEvent } from '../../../src/domain/letter-import/review-draft';
import { draftWith, fid, item } from './draft-fixtures';

const draft = draftWith([item(1, { text: 'One. Two.' }), item(2), item(3)]);

describe('review events', () => {
  it.each<[ReviewEvent, string[]]>([
    [{ type: 'edit-text', id: fid(2), text: 'Edited.' }, ['One. Two.', 'Edited.', 'Finding 3.']],
    [{ type: 'merge-with-next', id: fid(2) }, ['One. Two.', 'Finding 2. Finding 3.']],
    [{ type: 'split', id: fid(1), at: 5, newId: fid('s') }, ['One.', 'Two.', 'Finding 2.', 'Finding 3.']],
    [{ type: 'delete', id: fid(1) }, ['Finding 2.', 'Finding 3.']],
    [
      { type: 'add', newId: fid('a'), itemType: 'strength', after: null },
      ['One. Two.', 'Finding 2.', 'Finding 3.', ''],
    ],
    [{ type: 'move', id: fid(3), direction: 'up' }, ['One. Two.', 'Finding 3.', 'Finding 2.']],
  ])('%j', (event, texts) => {
    expect(reviewDraft(draft, event).items.map((i) => i.text)).toEqual(texts);
  });

  it.each<ReviewEvent>([
    { type: 'change-type', id: fid(1), itemType: 'priority-action' },
    { type: 'toggle-agency', id: fid(1), agency: 'police' },
    { type: 'edit-sub-items', id: fid(1), subItems: ['a'] },
  ])('applies %j to the item', (event) => {
    const [first] = reviewDraft(draft, event).items;
    expect(first).not.toEqual(draft.items[0]);
  });

  it('patches the plan details and leaves the items alone', () => {
    const next = reviewDraft(draft, { type: 'set-metadata', patch: { area: 'Torbay', theme: '' } });
    expect(next.metadata).toEqual({ ...draft.metadata, area: 'Torbay', theme: '' });
    expect(next.items).toBe(draft.items);
  });

  it('returns the same draft when an event changes nothing', () => {
    expect(reviewDraft(draft, { type: 'merge-with-next', id: fid(3) })).toBe(draft);
  });
});
