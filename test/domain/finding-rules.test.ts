import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/domain/finding';
import {
  editedFinding,
  findingDeleteRefusal,
  findingEditProblem,
  findingTextProblem,
  newFinding,
} from '../../src/domain/finding-rules';
import type { FindingId } from '../../src/domain/ids';
import { PLAN_ID, anAction } from './fixtures';

const finding: Finding = {
  id: 'fnd-1' as FindingId,
  planId: PLAN_ID,
  type: 'improvement',
  text: 'Health visitors need to share information promptly.',
  subItems: ['including with GPs'],
  heading: 'Health',
  agencies: ['health'],
  order: 4,
};
const answering = [anAction({ findingId: finding.id }), anAction({ findingId: finding.id })];
const elsewhere = [anAction({ findingId: 'fnd-2' as FindingId })];

describe('findings entered by hand', () => {
  it('places a new finding after every other, with no tags yet', () => {
    const made = newFinding(
      { id: 'fnd-9' as FindingId, planId: PLAN_ID, edit: { type: 'priority-action', text: '  Act now.  ' } },
      [{ order: 0 }, { order: 7 }, { order: 3 }],
    );
    expect(made).toEqual({
      id: 'fnd-9',
      planId: PLAN_ID,
      type: 'priority-action',
      text: 'Act now.',
      subItems: [],
      heading: null,
      agencies: [],
      order: 8,
    });
    expect(
      newFinding({ id: 'fnd-1' as FindingId, planId: PLAN_ID, edit: { type: 'strength', text: 'x' } }, []).order,
    ).toBe(0);
  });

  it('changes only the type and words of an imported finding', () => {
    expect(editedFinding(finding, { type: 'priority-action', text: ' New words ' })).toEqual({
      ...finding,
      type: 'priority-action',
      text: 'New words',
    });
  });

  it('asks for words, within the length a list item holds', () => {
    expect(findingTextProblem('   ')).toBe('Enter the finding’s words, as the letter puts them.');
    expect(findingTextProblem('x'.repeat(4001))).toBe('Keep the finding under 4000 characters: split it.');
    expect(findingTextProblem('Fine.')).toBeNull();
  });

  it('refuses to make a finding with actions a strength', () => {
    expect(findingEditProblem(finding, { type: 'strength', text: finding.text }, answering)).toBe(
      'This finding has 2 actions, and a strength has none, so it cannot become a strength.',
    );
    expect(findingEditProblem(finding, { type: 'strength', text: finding.text }, elsewhere)).toBeNull();
    expect(findingEditProblem(finding, { type: 'priority-action', text: finding.text }, answering)).toBeNull();
  });

  it('refuses to delete a finding that actions answer, and allows it otherwise', () => {
    expect(findingDeleteRefusal(finding, answering)).toBe(
      'This area for improvement has 2 actions, so it cannot be deleted: the actions answer it. If its words are wrong, edit it instead.',
    );
    expect(findingDeleteRefusal(finding, [answering[0]!])).toMatch(/^This area for improvement has 1 action, so/);
    expect(findingDeleteRefusal(finding, elsewhere)).toBeNull();
  });
});
