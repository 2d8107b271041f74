import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft } from '../../../src/domain/letter-import/draft-codec';
import { draftWith, item } from './draft-fixtures';

const draft = {
  ...draftWith([item(1, { span: { start: 0, end: 6 }, agencies: ['police'], heading: 'Police', needsCheck: true })]),
  letter: { text: 'Letter text', sections: [{ type: 'improvement' as const, heading: 'Areas', start: 0, end: 6 }] },
  notices: [{ code: 'LETTER.NO_PRIORITY_ACTIONS' as const, message: 'None.' }],
};
const stored = JSON.parse(encodeDraft(draft)) as { version: number; draft: Record<string, unknown> };
const variant = (change: (copy: { version: unknown; draft: Record<string, unknown> }) => void) => {
  const copy = structuredClone(stored) as { version: unknown; draft: Record<string, unknown> };
  change(copy);
  return JSON.stringify(copy);
};

describe('reading a stored draft', () => {
  it('reads back what was written', () => {
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"version":1,'],
    ['another schema version', variant((c) => (c.version = 2))],
    ['no version', variant((c) => delete (c as { version?: unknown }).version)],
    ['a bad plan id', variant((c) => (c.draft.ids = { plan: 'x', member: 'mem-1' }))],
    ['items that are not a list', variant((c) => (c.draft.items = {}))],
    [
      'an item with an unknown type',
      variant((c) => ((c.draft.items as Array<Record<string, unknown>>)[0]!.type = 'bad')),
    ],
    [
      'a duplicated item',
      variant((c) => (c.draft.items = [...(c.draft.items as unknown[]), ...(c.draft.items as unknown[])])),
    ],
    [
      'a span running backwards',
      variant((c) => ((c.draft.items as Array<Record<string, unknown>>)[0]!.span = { start: 5, end: 1 })),
    ],
    ['metadata missing a field', variant((c) => delete (c.draft.metadata as Record<string, unknown>).area)],
    [
      'an unknown inspection type',
      variant((c) => ((c.draft.metadata as Record<string, unknown>).inspectionType = 'ofsted')),
    ],
    ['an unknown warning code', variant((c) => (c.draft.notices = [{ code: 'X', message: 'y' }]))],
    ['a bad start time', variant((c) => (c.draft.startedAt = 'yesterday'))],
    ['a number', '42'],
  ])('gives nothing for %s', (_name, text) => {
    expect(decodeDraft(text)).toBeNull();
  });
});
