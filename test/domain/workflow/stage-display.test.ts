import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import type { WorkflowEvent } from '../../../src/domain/workflow/workflow-event';
import { DEFAULT_CHAIN, stageLabel, type StageChain } from '../../../src/domain/workflow/stage-chain';
import { stageDisplayLabel } from '../../../src/domain/workflow/stage-display';
import { governanceAt, mustApply, people } from './workflow-fixtures';

const submit: WorkflowEvent = { type: 'submit', date: isoDate('2018-04-10'), documentRef: 'WSoA.docx' };

/** A chain as stored before the submission stage was renamed. */
const STORED_BEFORE_RENAME: StageChain = DEFAULT_CHAIN.map((s) =>
  s.key === 'submitted' ? { ...s, label: 'Submitted to Ofsted' } : s,
);

describe('what the submission stage is called', () => {
  it('reads "Ready to submit" once the last executive has signed, before anything is sent', () => {
    const g = governanceAt('submitted');
    expect(g.submission).toBeNull();
    expect(stageDisplayLabel(g, g.stage)).toBe('Ready to submit');
  });

  it('reads "Submitted to Ofsted" once the principal has recorded the submission', () => {
    const g = mustApply(governanceAt('submitted'), submit, people.dcs);
    expect(g.stage).toBe('monitoring');
    expect(stageDisplayLabel(g, 'submitted')).toBe('Submitted to Ofsted');
    expect(stageDisplayLabel(g, g.stage)).toBe('Monitoring delivery');
  });

  it('reads "Ready to submit" in a chain stored with the old name, until the submission is recorded', () => {
    const g = { ...governanceAt('submitted'), chain: STORED_BEFORE_RENAME };
    expect(stageDisplayLabel(g, 'submitted')).toBe('Ready to submit');
    expect(stageLabel(g.chain, 'submitted')).toBe('Ready to submit');
    const sent = mustApply(g, submit, people.dcs);
    expect(stageDisplayLabel(sent, 'submitted')).toBe('Submitted to Ofsted');
  });

  it('leaves every other stage, and a stage the partnership added, with its own name', () => {
    const cabinet = { key: 'custom-cabinet' as const, label: 'Cabinet', kind: 'meeting' as const, skipped: false };
    const g = {
      ...governanceAt('drafting'),
      chain: [...DEFAULT_CHAIN.slice(0, 7), cabinet, ...DEFAULT_CHAIN.slice(7)],
    };
    expect(stageDisplayLabel(g, 'executive-sign-off')).toBe('Lead Member and Chief Executive sign-off');
    expect(stageDisplayLabel(g, 'custom-cabinet')).toBe('Cabinet');
    expect(stageDisplayLabel(g, 'drafting')).toBe('Drafting by partners');
  });

  it('names a stage the chain does not hold by its key', () => {
    expect(stageDisplayLabel(governanceAt('drafting'), 'custom-gone')).toBe('custom-gone');
  });
});
