import { describe, expect, it } from 'vitest';
import type { ItemFields } from '../../../src/data/graph/list-item';
import {
  readBoolean,
  readDate,
  readDateTime,
  readJsonList,
  readNumber,
  readOptionalText,
  readText,
} from '../../../src/data/graph/mappers/field-readers';
import { isWorkflowEvent } from '../../../src/data/graph/mappers/workflow-event-schemas';
import { AGENCY_KEY } from '../../../src/data/graph/mappers/value-schemas';
import { NO_CHANGES } from '../../../src/domain/workflow/changes-since';

/** One column, `c`, holding the value. */
const cell = (value: unknown) => ({ c: value }) as ItemFields;

describe('the cell readers (schemas with a fallback)', () => {
  it('read text as SharePoint gives it: numbers and yes/no as their text, anything else as none', () => {
    expect([readText(cell('x'), 'c'), readText(cell(12), 'c'), readText(cell(false), 'c')]).toEqual([
      'x',
      '12',
      'false',
    ]);
    for (const other of [undefined, null, [], {}]) expect(readText(cell(other), 'c')).toBe('');
    expect([readOptionalText(cell(''), 'c'), readOptionalText(cell(0), 'c')]).toEqual([null, '0']);
  });

  it('read a number, or text that holds one; blank, non-finite or other values give the fallback', () => {
    expect([readNumber(cell(3), 'c', -1), readNumber(cell(' 12 '), 'c', -1), readNumber(cell('1e3'), 'c', -1)]).toEqual(
      [3, 12, 1000],
    );
    for (const other of ['', ' ', 'n/a', 'Infinity', true, null, undefined, [2]]) {
      expect(readNumber(cell(other), 'c', -1)).toBe(-1);
    }
  });

  it('read yes only from true, "true" or 1', () => {
    expect([true, 'true', 1].map((value) => readBoolean(cell(value), 'c'))).toEqual([true, true, true]);
    expect([false, 'yes', 'True', 0, 2, null, undefined].map((value) => readBoolean(cell(value), 'c'))).toEqual(
      Array(7).fill(false),
    );
  });

  it('read dates and instants only when they are real ones', () => {
    expect([
      readDate(cell('2026-12-06'), 'c'),
      readDate(cell('2026-02-30'), 'c'),
      readDate(cell(20261206), 'c'),
    ]).toEqual(['2026-12-06', null, null]);
    expect([readDateTime(cell('2026-12-06T10:00:00Z'), 'c'), readDateTime(cell('2026-12-06'), 'c')]).toEqual([
      '2026-12-06T10:00:00Z',
      null,
    ]);
  });

  it('keep the entries of a JSON list that pass, as stored, and give the fallback for anything but a list', () => {
    const list = (json: string) => readJsonList(cell(json), 'plans', 'c', AGENCY_KEY, ['police']);
    expect(list('["health", 7, "Not A Key", "police"]')).toEqual(['health', 'police']);
    expect([list('{"police":true}'), list('{oops'), list('')]).toEqual([['police'], ['police'], ['police']]);
  });
});

describe('the workflow event schema, at its edges', () => {
  const hash = 'a'.repeat(64);
  const facts = { planId: 'plan-1', plan: hash, agencies: { police: hash }, withActions: ['police'] };
  const changes = NO_CHANGES;
  const changed = (before: unknown) => ({ type: 'content-changed', before, after: facts, changes });

  it('checks every hash of an agency, whatever its key', () => {
    expect(isWorkflowEvent(changed(facts))).toBe(true);
    expect(isWorkflowEvent(changed({ ...facts, agencies: JSON.parse(`{"constructor":1,"police":"${hash}"}`) }))).toBe(
      false,
    );
    expect(isWorkflowEvent(changed({ ...facts, agencies: [hash] }))).toBe(false);
  });

  it('takes signed content only as an object whose scope is an object', () => {
    const signing = { type: 'partner-approve', comment: '', contentHash: hash };
    const signed = { planId: 'plan-1', scope: { kind: 'plan' }, findings: [], actions: [] };
    expect(isWorkflowEvent({ ...signing, signed })).toBe(true);
    expect(isWorkflowEvent({ ...signing, signed: { ...signed, scope: [] } })).toBe(false);
    expect(isWorkflowEvent(signing)).toBe(true);
  });

  it('knows no event by a name every object inherits', () => {
    expect([{ type: 'toString' }, { type: 'constructor' }, [], null].map(isWorkflowEvent)).toEqual(
      Array(4).fill(false),
    );
  });
});
