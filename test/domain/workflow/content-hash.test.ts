import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isoDate, type IsoDateTime } from '../../../src/domain/dates';
import type { ActionId, PlanId, UpdateId, UserId } from '../../../src/domain/ids';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { agenciesWithActions, canonicalContent } from '../../../src/domain/workflow/canonical-content';
import { canonicalJson } from '../../../src/domain/workflow/canonical-json';
import { contentHash, contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import { CONTENT, aSnapshot, actionOf, withAction } from './workflow-fixtures';

/** The same object with its keys written in reverse order, as another client might build it. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  ) as T;
}

const progressUpdate = {
  id: 'upd-1' as UpdateId,
  planId: 'plan-test' as PlanId,
  actionId: 'act-1' as ActionId,
  authorId: 'u-police-owner' as UserId,
  authorName: 'Pat Owen',
  at: '2018-04-12T10:00:00.000Z' as IsoDateTime,
  text: 'First daily meeting held.',
  status: 'on-track' as const,
};

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 'x' }], a: null })).toBe('{"a":null,"b":[{"a":"x","z":1}]}');
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(RangeError);
  });
});

describe('the hash a sign-off binds to', () => {
  const hash = contentHash(CONTENT);

  it('is 64 hex digits and the same for the same content', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(aSnapshot())).toBe(hash);
  });

  it('does not depend on the order keys were written in', () => {
    expect(contentHash(reversedKeys(CONTENT))).toBe(hash);
  });

  it('does not depend on the order lists were loaded in', () => {
    const shuffled: PlanSnapshot = {
      ...CONTENT,
      findings: [...CONTENT.findings].reverse(),
      actions: [...CONTENT.actions].reverse(),
      plan: { ...CONTENT.plan, agencies: [...CONTENT.plan.agencies].reverse() },
    };
    expect(contentHash(shuffled)).toBe(hash);
  });

  it.each<[string, PlanSnapshot]>([
    ['a progress update', { ...CONTENT, updates: [progressUpdate] }],
    [
      'a status change with its reason',
      withAction(CONTENT, 'act-1', { status: 'at-risk', statusReason: 'Staff shortage' }),
    ],
    ['evidence added', withAction(CONTENT, 'act-1', { evidence: [{ title: 'Minutes', url: 'https://x.test/m' }] })],
    [
      'who edited it last',
      withAction(CONTENT, 'act-1', {
        updatedAt: '2018-04-01T10:00:00.000Z' as IsoDateTime,
        updatedBy: 'u-x' as UserId,
      }),
    ],
    ['moving a row on screen', withAction(CONTENT, 'act-1', { order: 7 })],
    ['a sign-off being added', { ...CONTENT, signOffs: [] }],
    ['the plan moving stage', { ...CONTENT, plan: { ...CONTENT.plan, stage: 'agency-qa' } }],
  ])('ignores %s', (_change, changed) => {
    expect(contentHash(changed)).toBe(contentHash(CONTENT));
  });

  it('treats contributing agencies as a set', () => {
    const one = withAction(CONTENT, 'act-1', { contributingAgencies: ['health', 'education'] });
    const other = withAction(CONTENT, 'act-1', { contributingAgencies: ['education', 'health'] });
    expect(contentHash(one)).toBe(contentHash(other));
  });

  it('ignores a milestone being ticked off but not a milestone being moved', () => {
    const planned = withAction(CONTENT, 'act-1', {
      milestones: [{ title: 'Terms agreed', due: isoDate('2018-06-01'), done: false }],
    });
    const ticked = withAction(CONTENT, 'act-1', {
      milestones: [{ title: 'Terms agreed', due: isoDate('2018-06-01'), done: true }],
    });
    const moved = withAction(CONTENT, 'act-1', {
      milestones: [{ title: 'Terms agreed', due: isoDate('2018-07-01'), done: false }],
    });
    expect(contentHash(ticked)).toBe(contentHash(planned));
    expect(contentHash(moved)).not.toBe(contentHash(planned));
  });

  it.each<[string, PlanSnapshot]>([
    ['an action’s text', withAction(CONTENT, 'act-1', { title: 'Twice-daily MASH meeting' })],
    ['an action’s target date', withAction(CONTENT, 'act-1', { targetDate: isoDate('2026-09-30') })],
    ['an action’s lead agency', withAction(CONTENT, 'act-1', { leadAgency: 'health' })],
    [
      'an action’s success measure',
      withAction(CONTENT, 'act-1', { successMeasure: 'All strategy discussions within 1 day' }),
    ],
    [
      'a finding’s words',
      { ...CONTENT, findings: CONTENT.findings.map((f, i) => (i === 0 ? { ...f, text: 'Changed.' } : f)) },
    ],
    ['an action added', { ...CONTENT, actions: [...CONTENT.actions, actionOf('act-9', 'education')] }],
    [
      'the principal authority',
      { ...CONTENT, plan: { ...CONTENT.plan, principalAuthority: 'Safeguarding partnership chair' } },
    ],
  ])('changes when %s changes', (_change, changed) => {
    expect(contentHash(changed)).not.toBe(contentHash(CONTENT));
  });
});

describe('the hash an agency’s QA binds to', () => {
  it('changes only for the agency whose actions changed', () => {
    const changed = withAction(CONTENT, 'act-2', { title: 'Two named GPs in the MASH' });
    expect(contentHashForAgency(changed, 'health')).not.toBe(contentHashForAgency(CONTENT, 'health'));
    expect(contentHashForAgency(changed, 'police')).toBe(contentHashForAgency(CONTENT, 'police'));
    expect(contentHashForAgency(changed, 'childrens-social-care')).toBe(
      contentHashForAgency(CONTENT, 'childrens-social-care'),
    );
  });

  it('changes when a finding its actions answer is corrected', () => {
    const changed = {
      ...CONTENT,
      findings: CONTENT.findings.map((f) => (f.id === 'fnd-2' ? { ...f, text: 'Health!' } : f)),
    };
    expect(contentHashForAgency(changed, 'health')).not.toBe(contentHashForAgency(CONTENT, 'health'));
    expect(contentHashForAgency(changed, 'police')).toBe(contentHashForAgency(CONTENT, 'police'));
  });

  it('ignores the plan’s title, which no agency assured', () => {
    const retitled = { ...CONTENT, plan: { ...CONTENT.plan, title: 'New title' } };
    expect(contentHashForAgency(retitled, 'police')).toBe(contentHashForAgency(CONTENT, 'police'));
  });

  it('differs from the whole plan’s hash and between agencies', () => {
    const hashes = new Set([
      contentHash(CONTENT),
      ...agenciesWithActions(CONTENT).map((a) => contentHashForAgency(CONTENT, a)),
    ]);
    expect(hashes.size).toBe(4);
  });

  it('lists agencies with actions in the plan’s order', () => {
    expect(agenciesWithActions(CONTENT)).toEqual(['childrens-social-care', 'police', 'health']);
  });
});

describe('the hash a sign-off binds to', () => {
  it('is the SHA-256 of the canonical JSON as UTF-8, as any other SHA-256 tool computes it', () => {
    const snapshot = withAction(CONTENT, 'act-1', { title: 'Children’s social care é ✓ 😀' });
    const json = canonicalJson(canonicalContent(snapshot));
    expect(contentHash(snapshot)).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
  });
});
