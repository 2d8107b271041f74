import { describe, expect, it } from 'vitest';
import { progressUpdateProblem } from '../../src/domain/progress-rules';
import { MULTI_LINE_LIMIT } from '../../src/domain/text-limits';

describe('what a progress update must say', () => {
  it('asks for what has happened when an update has no words', () => {
    expect(progressUpdateProblem('  \n ', null)).toBe('Write what has happened since the last update.');
    expect(progressUpdateProblem('', 'on-track')).toBe('Write what has happened since the last update.');
  });

  it('asks why, naming the status, when an update marks the action at risk or off track without a reason', () => {
    expect(progressUpdateProblem('', 'off-track')).toBe('Say why the action is off track.');
    expect(progressUpdateProblem('Delayed.', 'at-risk')).toBe('Say why the action is at risk.');
    expect(progressUpdateProblem('Recruitment to the second post is delayed.', 'off-track')).toBeNull();
  });

  it('takes a short update that sets no status needing a reason', () => {
    expect(progressUpdateProblem('Done.', 'complete')).toBeNull();
    expect(progressUpdateProblem('On plan.', null)).toBeNull();
  });

  it('refuses an update longer than a multi-line field holds', () => {
    expect(progressUpdateProblem('x'.repeat(MULTI_LINE_LIMIT + 1), null)).toBe(
      `Keep the update under ${MULTI_LINE_LIMIT} characters.`,
    );
    expect(progressUpdateProblem('x'.repeat(MULTI_LINE_LIMIT), null)).toBeNull();
  });
});
