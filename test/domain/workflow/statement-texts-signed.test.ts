import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { CANONICAL_VERSION, canonicalContent } from '../../../src/domain/workflow/canonical-content';
import {
  changesBetweenSnapshots,
  describeChangeCounts,
  summariseChanges,
} from '../../../src/domain/workflow/changes-since';
import { contentChangedEvent } from '../../../src/domain/workflow/content-change-event';
import { contentHash, contentHashForAgency } from '../../../src/domain/workflow/content-hash';
import { executiveStatus, partnerStatus } from '../../../src/domain/workflow/sign-off-status';
import { CONTENT, apply, governanceAt, must, people } from './workflow-fixtures';

const withTexts = (content: PlanSnapshot, foreword: string, monitoringArrangements = ''): PlanSnapshot => ({
  ...content,
  plan: { ...content.plan, foreword, monitoringArrangements },
});

/** The hash of the fixture plan as the app computed it before the statement's texts existed. */
const HASH_BEFORE_TEXTS = '28f0f5a604e7ffa4abd9c16eb5cb0a1d025d1a633d08f645d007b7586cc31431';

describe('the statement’s texts in the signed content', () => {
  it('leaves the hash of a plan without them as it was, so earlier sign-offs still match', () => {
    expect(CONTENT.plan).toMatchObject({ foreword: '', monitoringArrangements: '' });
    expect(CANONICAL_VERSION).toBe(1);
    expect(contentHash(CONTENT)).toBe(HASH_BEFORE_TEXTS);
    expect(canonicalContent(CONTENT).facts).not.toHaveProperty('foreword');
    expect(canonicalContent(CONTENT).facts).not.toHaveProperty('monitoringArrangements');
  });

  it.each([
    ['a foreword is written', withTexts(CONTENT, 'Our statement.')],
    ['monitoring arrangements are written', withTexts(CONTENT, '', 'A monthly board.')],
  ])('changes the hash when %s', (_what, written) => {
    expect(contentHash(written)).not.toBe(HASH_BEFORE_TEXTS);
  });

  it('changes the hash when a written foreword is reworded, and not an agency’s QA hash', () => {
    const first = withTexts(CONTENT, 'Our statement.');
    const reworded = withTexts(CONTENT, 'Our revised statement.');
    expect(contentHash(reworded)).not.toBe(contentHash(first));
    expect(contentHashForAgency(reworded, 'police')).toBe(contentHashForAgency(CONTENT, 'police'));
  });

  it('asks the partners and executives to approve again after a signed foreword changes, and says what changed', () => {
    const signed = withTexts(CONTENT, 'Our statement.');
    const reworded = withTexts(CONTENT, 'Our revised statement.');
    const before = governanceAt('submitted', signed);
    expect(partnerStatus(before, signed).every((p) => p.state === 'approved')).toBe(true);

    const { governance: after } = must(apply(before, contentChangedEvent(signed, reworded), people.dcs, reworded));
    expect(after.stage).toBe('partnership-approval');
    expect(partnerStatus(after, reworded).map((p) => p.state)).toEqual(Array(3).fill('changed-since-approval'));
    expect(executiveStatus(after, reworded).map((p) => p.state)).toEqual(Array(2).fill('changed-since-approval'));

    const changes = changesBetweenSnapshots(signed, reworded);
    expect(changes.planFields).toEqual(['foreword']);
    expect(describeChangeCounts(summariseChanges(changes))).toBe('plan details changed (foreword)');
  });

  it('names a text written for the first time since signing, and one cleared', () => {
    const written = withTexts(CONTENT, '', 'A monthly board.');
    expect(changesBetweenSnapshots(CONTENT, written).planFields).toEqual(['monitoringArrangements']);
    expect(changesBetweenSnapshots(written, CONTENT).planFields).toEqual(['monitoringArrangements']);
  });
});
