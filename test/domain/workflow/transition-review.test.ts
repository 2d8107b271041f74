import { describe, expect, it } from 'vitest';
import type { ActionId, FindingId } from '../../../src/domain/ids';
import { contentHash } from '../../../src/domain/workflow/content-hash';
import { DEFAULT_CHAIN } from '../../../src/domain/workflow/stage-chain';
import { openComments } from '../../../src/domain/workflow/stage-guards';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import {
  CONTENT,
  PARTNERS,
  apply,
  governanceAt,
  must,
  mustApply,
  partnerApprove,
  people,
  refused,
} from './workflow-fixtures';

const advance: WorkflowEvent = { type: 'advance', note: '' };

describe('partnership review', () => {
  const atReview = governanceAt('partnership-review');

  it('takes comments on the plan, a finding or an action, from anyone taking part', () => {
    let g = mustApply(
      atReview,
      { type: 'add-comment', target: { kind: 'plan' }, text: 'Needs a summary' },
      people.councilPartner,
    );
    g = mustApply(
      g,
      { type: 'add-comment', target: { kind: 'finding', findingId: 'fnd-2' as FindingId }, text: 'GP role?' },
      people.icbPartner,
    );
    const result = must(
      apply(
        g,
        { type: 'add-comment', target: { kind: 'action', actionId: 'act-1' as ActionId }, text: ' Which day? ' },
        people.policeOwner,
      ),
    );
    expect(result.governance.comments.map((c) => [c.target.kind, c.text, c.author.name, c.stage])).toEqual([
      ['plan', 'Needs a summary', 'Zina Obi', 'partnership-review'],
      ['finding', 'GP role?', 'Ike Brown', 'partnership-review'],
      ['action', 'Which day?', 'Pat Owen', 'partnership-review'],
    ]);
    expect(result.emitted[0]?.summary).toBe(
      'Pat Owen commented on action "Daily multi-agency MASH meeting": Which day?',
    );
  });

  it('lets the admin move to amendments and back', () => {
    const amending = mustApply(atReview, advance, people.dcs);
    expect(amending.stage).toBe('amendments');
    const back = must(
      apply(
        amending,
        { type: 'return-to', stage: 'partnership-review', reason: 'Second round of comments' },
        people.dcs,
      ),
    );
    expect(back.governance.stage).toBe('partnership-review');
    expect(back.emitted[0]).toMatchObject({
      kind: 'stage-changed',
      cause: 'returned',
      note: 'Second round of comments',
    });
  });

  it('holds approval until comments are resolved, by their author or an admin, with history kept', () => {
    let g = mustApply(
      atReview,
      { type: 'add-comment', target: { kind: 'plan' }, text: 'Needs a summary' },
      people.councilPartner,
    );
    g = mustApply(g, { type: 'add-comment', target: { kind: 'plan' }, text: 'Add dates' }, people.icbPartner);
    g = mustApply(g, advance, people.dcs);
    expect(refused(apply(g, advance, people.dcs)).message).toBe(
      '2 review comments are still open; resolve them before Partnership approval.',
    );
    const [first, second] = g.comments;
    g = mustApply(g, { type: 'resolve-comment', commentId: first!.id, note: '' }, people.councilPartner);
    g = mustApply(
      g,
      { type: 'resolve-comment', commentId: second!.id, note: 'Dates added to every action' },
      people.dcs,
    );
    expect(openComments(g)).toEqual([]);
    expect(g.comments).toHaveLength(2);
    expect(g.resolutions.map((r) => [r.by.name, r.note])).toEqual([
      ['Zina Obi', ''],
      ['Ann Graham', 'Dates added to every action'],
    ]);
    expect(mustApply(g, advance, people.dcs).stage).toBe('partnership-approval');
  });
});

describe('returns at approval', () => {
  const returning = (comment: string): WorkflowEvent => ({
    type: 'partner-return',
    comment,
    contentHash: contentHash(CONTENT),
  });

  it('a partner’s return sends the plan to amendments with the comment', () => {
    const result = must(
      apply(governanceAt('partnership-approval'), returning('Police actions lack dates'), people.policePartner),
    );
    expect(result.governance.stage).toBe('amendments');
    expect(result.emitted.map((e) => e.kind)).toEqual(['returned', 'stage-changed']);
    expect(result.emitted[0]?.summary).toBe(
      'Plan returned by Bo Stone (Safeguarding partner): Police actions lack dates',
    );
  });

  it('an executive’s return does the same, and the other executive’s approval still stands for unchanged content', () => {
    let g = mustApply(
      governanceAt('executive-sign-off'),
      { type: 'executive-sign', decision: 'approve', comment: '', contentHash: contentHash(CONTENT) },
      people.chiefExecutive,
    );
    g = mustApply(
      g,
      { type: 'executive-sign', decision: 'return', comment: 'Add costs', contentHash: contentHash(CONTENT) },
      people.leadMember,
    );
    expect(g.stage).toBe('amendments');
    expect(g.signOffs.filter((s) => s.stage === 'executive-sign-off').map((s) => [s.role, s.decision])).toEqual([
      ['chief-executive', 'approve'],
      ['lead-member', 'return'],
    ]);
  });

  it('goes to review when amendments are skipped', () => {
    const skipAmendments = DEFAULT_CHAIN.map((s) => (s.key === 'amendments' ? { ...s, skipped: true } : s));
    const g0 = mustApply(governanceAt('drafting'), { type: 'edit-chain', chain: skipAmendments }, people.dcs);
    let g = governanceAt('partnership-review', CONTENT, g0);
    g = mustApply(g, advance, people.dcs);
    expect(g.stage).toBe('partnership-approval');
    expect(mustApply(g, returning('Not yet'), people.councilPartner).stage).toBe('partnership-review');
  });

  it('a returner approving later completes the stage', () => {
    let g = mustApply(governanceAt('partnership-approval'), returning('Dates?'), people.councilPartner);
    g = mustApply(g, advance, people.dcs);
    expect(g.stage).toBe('partnership-approval');
    for (const p of PARTNERS) g = mustApply(g, partnerApprove(), p);
    expect(g.stage).toBe('executive-sign-off');
  });
});
