import { describe, expect, it } from 'vitest';
import { blankActionValues } from '../../src/domain/action-field-values';
import { ACTION_FIELD_KEYS, actionFieldSpec } from '../../src/domain/action-fields';
import type { MemberId, UserId } from '../../src/domain/ids';
import { isoDate, type IsoDateTime } from '../../src/domain/dates';
import { CANONICAL_VERSION, canonicalAction } from '../../src/domain/workflow/canonical-content';
import { canonicalJson } from '../../src/domain/workflow/canonical-json';
import { anAction } from './fixtures';

/** Fields signed whatever their value, with their kinds: what every hash of this canonical version covers. */
const signedFromTheStart = () =>
  ACTION_FIELD_KEYS.filter((key) => actionFieldSpec(key).signed === true).map(
    (key) => `${key} ${actionFieldSpec(key).kind}`,
  );

/**
 * The action fields each canonical version signs whatever their value. Changing them changes
 * the hash of every plan, so every sign-off would stop matching: that needs a new version.
 */
const RECORDED: Readonly<Record<number, readonly string[]>> = {
  1: [
    'id actionId',
    'findingId findingId',
    'title text',
    'leadAgency agency',
    'contributingAgencies agencies',
    'leadOfficer member',
    'sponsoringDirector text',
    'startDate date',
    'targetDate date',
    'milestones milestones',
    'successMeasure text',
    'measuredBy text',
  ],
};

const FULL = anAction({
  contributingAgencies: ['health', 'education', 'la'],
  leadOfficer: 'mem-x' as MemberId,
  sponsoringDirector: 'Det Supt Ray',
  milestones: [
    { title: 'B', due: isoDate('2026-03-01'), done: true },
    { title: 'A', due: isoDate('2026-03-01'), done: false },
    { title: 'C', due: isoDate('2026-02-01'), done: false },
  ],
  successMeasure: 'Fewer re-referrals',
  measuredBy: 'Monthly audit',
  evidence: [{ title: 'Audit', url: 'https://example.org/audit' }],
  status: 'at-risk',
  statusReason: 'Recruitment is late',
  order: 3,
  updatedAt: '2026-01-01T09:00:00.000Z' as IsoDateTime,
  updatedBy: 'u-1' as UserId,
});

describe('the signed fields of an action', () => {
  it('are recorded for the current CANONICAL_VERSION', () => {
    const now = signedFromTheStart();
    expect(
      RECORDED[CANONICAL_VERSION],
      `The action fields signed whatever their value (signed: true in src/domain/action-fields.ts) are not those ` +
        `recorded for canonical version ${CANONICAL_VERSION}, so every existing sign-off would stop matching. ` +
        `Mark a field added to signed content signed: 'when-set' (left out while blank, so content without it ` +
        `hashes as before); otherwise raise CANONICAL_VERSION in src/domain/workflow/canonical-content.ts and ` +
        `record the fields under the new version in this test:\n${JSON.stringify(now, null, 2)}`,
    ).toEqual(now);
  });

  it('are hashed exactly as canonical version 1 hashed them', () => {
    expect(canonicalJson(canonicalAction(FULL))).toBe(
      '{"contributingAgencies":["education","health","la"],"findingId":"fnd-1","id":"act-1","leadAgency":"police",' +
        '"leadOfficer":"mem-x","measuredBy":"Monthly audit","milestones":[{"due":"2026-02-01","title":"C"},' +
        '{"due":"2026-03-01","title":"A"},{"due":"2026-03-01","title":"B"}],"sponsoringDirector":"Det Supt Ray",' +
        '"startDate":"2026-01-05","successMeasure":"Fewer re-referrals","targetDate":"2026-06-30",' +
        '"title":"Hold a daily multi-agency MASH meeting"}',
    );
  });

  it('leave a field signed only when set out of the content while it is blank', () => {
    const blank = canonicalAction({ ...FULL, ...blankActionValues() });
    expect(Object.keys(blank).sort()).toEqual(RECORDED[CANONICAL_VERSION]!.map((line) => line.split(' ')[0]).sort());
  });
});
