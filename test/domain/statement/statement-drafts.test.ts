import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/domain/finding';
import type { FindingId } from '../../../src/domain/ids';
import { ROLE_LABEL } from '../../../src/domain/member';
import { STAGE_LABEL } from '../../../src/domain/workflow/stage-vocabulary';
import { draftForeword, draftMonitoring } from '../../../src/domain/statement/statement-drafts';
import { DEFAULT_CHAIN, type StageChain } from '../../../src/domain/workflow/stage-chain';
import { HARINGEY_FINDINGS, HARINGEY_PLAN } from '../../../src/emulator/seed/haringey-2018';
import { haringeySnapshot } from '../../export/support/snapshots';

const APP_WORDS = [
  ...Object.values(ROLE_LABEL).filter((label) => !['Lead Member', 'Chief Executive'].includes(label)),
  ...Object.values(STAGE_LABEL).filter((label) => label !== 'Closed'),
];

describe('draftForeword', () => {
  const text = draftForeword(haringeySnapshot());

  it('opens with the partnership, the full inspection title, the fieldwork and the letter date', () => {
    const first = text.split('\n\n')[0]!;
    expect(first).toContain('Haringey safeguarding partnership');
    expect(first).toContain(
      'joint targeted area inspection of the multi-agency response to abuse and neglect in Haringey',
    );
    expect(first).toContain('4 December 2017 to 8 December 2017');
    expect(first).toContain('30 January 2018');
  });

  it('counts the areas for priority action and improvement, and the strengths', () => {
    expect(text).toContain('one area for priority action and 31 areas for improvement');
    expect(text).toContain('recognised one strength');
  });

  it("lists the partnership's priorities by short title, priority actions first, and no strength", () => {
    const list = text
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2));
    expect(list).toHaveLength(32);
    expect(list[1]).toBe('Joint partnership decision making in the MASH');
    expect(list).toContain('Voice of the child');
    expect(list).not.toContain('Schools value the advice line');
  });

  it("ends with the leaders' commitment, naming the statutory partners", () => {
    const last = text.split('\n\n').at(-1)!;
    expect(last).toContain('the local authority, the police and health services');
    expect(last).toContain('committed to delivering this plan');
  });

  it('says when the letter named no area for priority action, and leaves out facts the plan lacks', () => {
    const plain = draftForeword({
      ...haringeySnapshot(),
      plan: { ...HARINGEY_PLAN, fieldwork: null, letterDate: null },
      findings: HARINGEY_FINDINGS.slice(0, 1),
    });
    expect(plain).toContain('no areas for priority action and one area for improvement');
    expect(plain).not.toMatch(/visited|dated/);
    expect(plain).not.toContain('strength');
  });

  it('uses no app role or stage names', () => {
    for (const word of APP_WORDS) expect(text).not.toContain(word);
  });
});

describe('draftMonitoring', () => {
  const text = draftMonitoring(haringeySnapshot(), DEFAULT_CHAIN);

  it('names who oversees delivery: the partnership and each safeguarding partner', () => {
    expect(text).toContain('overseen by the Haringey safeguarding partnership');
    expect(text).toContain('Ian Fletcher for the police');
    expect(text).toContain('Nadia Rahman for health services');
  });

  it('says how often progress is reviewed and how it reaches the partnership board and Ofsted', () => {
    expect(text).toContain('monthly improvement board');
    expect(text).toContain("Director of Children's Services, Amara Okafor");
    expect(text).toMatch(/every quarter to the Haringey safeguarding partnership board/);
    expect(text).toContain('Ofsted');
  });

  it('follows the chain: approvals that are skipped are not promised, added bodies are named', () => {
    const chain: StageChain = [
      ...DEFAULT_CHAIN.map((s) => (s.key === 'executive-sign-off' ? { ...s, skipped: true } : s)),
      { key: 'custom-cabinet', label: 'Cabinet', kind: 'meeting', skipped: false },
    ];
    const adapted = draftMonitoring(haringeySnapshot(), chain);
    expect(adapted).toContain('the safeguarding partners approve it');
    expect(adapted).not.toContain('sign it off');
    expect(adapted).toContain('considered by Cabinet');
    expect(adapted).toContain('board, and to Cabinet');
    expect(text).toContain('the Chief Executive sign it off');
  });

  it('is plain paragraphs separated by blank lines, with no app role or stage names', () => {
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\n\n\n/);
    for (const word of APP_WORDS) expect(text).not.toContain(word);
  });

  it('still reads when the plan has no members yet', () => {
    const empty = draftMonitoring({ ...haringeySnapshot(), members: [] }, DEFAULT_CHAIN);
    expect(empty).toContain('led by its statutory safeguarding partners, the local authority, the police');
    expect(empty).toContain("chaired by the Director of Children's Services,");
    expect(empty).not.toContain('undefined');
  });
});

describe('draftForeword with an unusual plan', () => {
  it('keeps a theme-less inspection readable', () => {
    const finding: Finding = { ...HARINGEY_FINDINGS[0]!, id: 'fnd-x' as FindingId, type: 'priority-action' };
    const text = draftForeword({
      ...haringeySnapshot(),
      plan: { ...HARINGEY_PLAN, theme: '' },
      findings: [finding],
    });
    expect(text).toContain('joint targeted area inspection of the multi-agency response in Haringey');
    expect(text).toContain('one area for priority action and no areas for improvement');
  });
});
