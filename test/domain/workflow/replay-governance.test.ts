import { describe, expect, it } from 'vitest';
import { contentChangedEvent } from '../../../src/domain/workflow/content-change-event';
import { replayGovernance } from '../../../src/domain/workflow/replay-governance';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { aRecord, anEntry, asEntries, EVERYONE, joined } from './replay-fixtures';
import {
  CONTENT,
  HAPPY_PATH,
  PARTNERS,
  executiveApprove,
  partnerApprove,
  people,
  qaApprove,
  withAction,
} from './workflow-fixtures';

/** The happy path up to (not including) the executives: drafting to partnership approval, all approved. */
const UP_TO_EXECUTIVES = HAPPY_PATH().slice(0, 10);
const ADVANCE: WorkflowEvent = { type: 'advance', note: '' };

const counted = (replay: ReturnType<typeof replayGovernance>) => replay.verdicts.map((v) => v.counted);
const last = (replay: ReturnType<typeof replayGovernance>) => replay.verdicts.at(-1)!;

describe('a plan’s governance is worked out from its record', () => {
  it('replays an honest record along the whole chain, every entry counted', () => {
    const replay = replayGovernance(aRecord(asEntries(HAPPY_PATH())), CONTENT);
    expect(counted(replay).every(Boolean)).toBe(true);
    expect(replay.governance.stage).toBe('closed');
    expect(replay.governance.submission?.documentRef).toBe('Haringey-WSoA-v3.docx');
    expect(replay.governance.signOffs.map((s) => s.name)).toContain(people.chiefExecutive.displayName);
  });

  it('names each signer as SharePoint stamped them, not as the membership list does', () => {
    const entries = asEntries(UP_TO_EXECUTIVES);
    const renamed = entries.map((e) =>
      e.author.userId === people.councilPartner.userId ? { ...e, author: { ...e.author, name: 'Zina Obi-Clarke' } } : e,
    );
    const replay = replayGovernance(aRecord(renamed), CONTENT);
    expect(replay.governance.signOffs.map((s) => s.name)).toContain('Zina Obi-Clarke');
  });

  it('does not count a Chief Executive sign-off added by the police owner', () => {
    const entries = [...asEntries(UP_TO_EXECUTIVES), anEntry(20, people.policeOwner, executiveApprove())];
    const replay = replayGovernance(aRecord(entries), CONTENT);
    expect(last(replay)).toMatchObject({
      counted: false,
      reason: expect.stringMatching(/Lead Member and the Chief Executive/),
    });
    expect(replay.governance.stage).toBe('executive-sign-off');
    expect(replay.governance.signOffs.some((s) => s.stage === 'executive-sign-off')).toBe(false);
  });

  it('does not count an entry that names someone other than the person SharePoint says added it', () => {
    const forged = anEntry(20, people.policeOwner, executiveApprove(), {
      claimedBy: { userId: people.chiefExecutive.userId, name: 'Cee Hart' },
    });
    const replay = replayGovernance(aRecord([...asEntries(UP_TO_EXECUTIVES), forged]), CONTENT);
    expect(last(replay).counted).toBe(false);
    expect(last(replay).reason).toMatch(/says it was made by Cee Hart, but SharePoint records Pat Owen/);
  });

  it('does not count a stage move by anyone but the plan’s admins', () => {
    const moves: WorkflowEvent[] = [
      ADVANCE,
      { type: 'return-to', stage: 'drafting', reason: 'again' },
      { type: 'submit', date: '2018-04-10' as never, documentRef: 'x.docx' },
    ];
    for (const event of moves) {
      const replay = replayGovernance(
        aRecord([...asEntries(UP_TO_EXECUTIVES), anEntry(20, people.policeQa, event)]),
        CONTENT,
      );
      expect(last(replay).counted).toBe(false);
      expect(replay.governance.stage).toBe('executive-sign-off');
    }
  });

  it('does not count an entry by someone who was not a member when they added it', () => {
    const late = joined(people.chiefExecutive, 59);
    const memberships = [...EVERYONE.filter((v) => v.member.id !== people.chiefExecutive.id), late];
    const entries = [
      ...asEntries(UP_TO_EXECUTIVES),
      anEntry(20, people.chiefExecutive, executiveApprove(), { minute: 30 }),
    ];
    const replay = replayGovernance(aRecord(entries, memberships), CONTENT);
    expect(last(replay)).toMatchObject({ counted: false, reason: expect.stringMatching(/not a member of this plan/) });
  });

  it('grants nothing to a membership written by someone who is not a plan admin', () => {
    const selfMade = {
      ...joined({ ...people.policeOwner, id: 'mem-fake' as never, role: 'chief-executive' }, 5),
      by: people.policeOwner.userId,
    };
    const entries = [...asEntries(UP_TO_EXECUTIVES), anEntry(20, people.policeOwner, executiveApprove())];
    const replay = replayGovernance(aRecord(entries, [...EVERYONE, selfMade]), CONTENT);
    expect(replay.uncountedMemberships).toEqual([selfMade]);
    expect(last(replay).counted).toBe(false);
    expect(replay.members.map((m) => m.id)).not.toContain('mem-fake');
    expect(replay.members.find((m) => m.userId === people.policeOwner.userId)?.role).toBe('agency-owner');
  });

  it('takes roles as they stood when each entry was made', () => {
    const demoted = { ...joined({ ...people.councilPartner, role: 'reader' }, 45), by: people.dcs.userId };
    const entries = asEntries(UP_TO_EXECUTIVES);
    const replay = replayGovernance(aRecord(entries, [...EVERYONE, demoted]), CONTENT);
    expect(replay.governance.stage).toBe('executive-sign-off');
    const afterDemotion = anEntry(
      30,
      people.councilPartner,
      { type: 'add-comment', target: { kind: 'plan' }, text: 'Late' },
      { minute: 50 },
    );
    const again = replayGovernance(aRecord([...entries, afterDemotion], [...EVERYONE, demoted]), CONTENT);
    expect(last(again)).toMatchObject({ counted: false, reason: expect.stringMatching(/Readers/) });
  });

  it('keeps the signature of a member removed later', () => {
    const removed = { ...joined(people.councilPartner, 45), removed: true };
    const replay = replayGovernance(aRecord(asEntries(UP_TO_EXECUTIVES), [...EVERYONE, removed]), CONTENT);
    expect(replay.governance.signOffs.some((s) => s.userId === people.councilPartner.userId)).toBe(true);
    expect(replay.governance.stage).toBe('executive-sign-off');
  });

  it('does not count a sign-off of content that a recorded change had already replaced', () => {
    const amended = withAction(CONTENT, 'act-1', { title: 'Twice-daily MASH meeting' });
    const entries = [
      ...asEntries(UP_TO_EXECUTIVES),
      anEntry(20, people.policeOwner, contentChangedEvent(CONTENT, amended)),
      anEntry(21, people.leadMember, executiveApprove(CONTENT)),
    ];
    const replay = replayGovernance(aRecord(entries), amended);
    expect(replay.verdicts.at(-2)!.counted).toBe(true);
    expect(last(replay).counted).toBe(false);
    expect(replay.governance.stage).toBe('partnership-approval');
    expect(replay.governance.supersessions).toHaveLength(PARTNERS.length + 1);
  });

  it('re-approval of the changed content counts, and the plan goes on', () => {
    const amended = withAction(CONTENT, 'act-1', { title: 'Twice-daily MASH meeting' });
    const entries = [
      ...asEntries(UP_TO_EXECUTIVES),
      anEntry(20, people.policeOwner, contentChangedEvent(CONTENT, amended)),
      ...PARTNERS.map((p, i) => anEntry(21 + i, p, partnerApprove(amended))),
      anEntry(30, people.leadMember, executiveApprove(amended)),
    ];
    const replay = replayGovernance(aRecord(entries), amended);
    expect(counted(replay).every(Boolean)).toBe(true);
    expect(replay.governance.stage).toBe('executive-sign-off');
  });

  it('finds a change of signed content that no entry records, and supersedes what it invalidates', () => {
    const amended = withAction(CONTENT, 'act-2', { title: 'Named GP and nurse in the MASH' });
    const twice = withAction(amended, 'act-1', { title: 'Twice-daily MASH meeting' });
    const entries = [...asEntries(UP_TO_EXECUTIVES), anEntry(20, people.dcs, contentChangedEvent(CONTENT, amended))];
    const replay = replayGovernance(aRecord(entries), twice);
    expect(replay.unrecordedChange).toBe(true);
    expect(replay.governance.audit.some((e) => e.actor.name.startsWith('No one on record'))).toBe(true);
  });

  it('does not count a sign-off made against content other than the current, when no change was recorded', () => {
    const amended = withAction(CONTENT, 'act-1', { title: 'Changed without a record' });
    const replay = replayGovernance(aRecord(asEntries(UP_TO_EXECUTIVES)), amended);
    expect(replay.governance.stage).not.toBe('executive-sign-off');
    expect(replay.verdicts.some((v) => !v.counted && /changed since you opened it/.test(v.reason ?? ''))).toBe(true);
  });

  it('does not count an entry whose id repeats another’s, nor one that cannot be read', () => {
    const entries = [
      anEntry(1, people.dcs, ADVANCE),
      anEntry(2, people.dcs, ADVANCE, { id: 'wfe-1' }),
      anEntry(3, people.dcs, null),
    ];
    const replay = replayGovernance(aRecord(entries), CONTENT);
    expect(counted(replay)).toEqual([true, false, false]);
    expect(replay.verdicts[1]!.reason).toMatch(/already has this id/);
    expect(replay.verdicts[2]!.reason).toMatch(/not valid JSON/);
    expect(replay.governance.stage).toBe('agency-qa');
  });

  it('counts one move when two admins move the plan on from the same stage', () => {
    const entries = [
      anEntry(1, people.dcs, { ...ADVANCE, from: 'drafting' }),
      anEntry(2, people.improvementLead, { ...ADVANCE, from: 'drafting' }),
    ];
    const replay = replayGovernance(aRecord(entries), CONTENT);
    expect(counted(replay)).toEqual([true, false]);
    expect(replay.verdicts[1]!.reason).toMatch(/had already moved to/);
    expect(replay.governance.stage).toBe('agency-qa');
  });

  it('lets a later entry resolve a comment by the id the record gave it', () => {
    const upToReview = HAPPY_PATH().slice(0, 5);
    const comment: WorkflowEvent = { type: 'add-comment', target: { kind: 'plan' }, text: 'Add the GP lead' };
    const entries = [...asEntries(upToReview), anEntry(10, people.councilPartner, comment)];
    const commented = replayGovernance(aRecord(entries), CONTENT);
    const commentId = commented.governance.comments[0]!.id;
    const resolve: WorkflowEvent = { type: 'resolve-comment', commentId, note: 'Added' };
    const resolved = replayGovernance(aRecord([...entries, anEntry(11, people.dcs, resolve)]), CONTENT);
    expect(last(resolved).counted).toBe(true);
    expect(resolved.governance.resolutions.map((r) => r.commentId)).toEqual([commentId]);
  });

  it('counts QA by the agency’s own QA lead only', () => {
    const entries = [anEntry(1, people.dcs, ADVANCE), anEntry(2, people.healthQa, qaApprove('police'))];
    const replay = replayGovernance(aRecord(entries), CONTENT);
    expect(last(replay).counted).toBe(false);
    expect(replay.governance.signOffs).toEqual([]);
  });
});
