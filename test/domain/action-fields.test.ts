import { describe, expect, it } from 'vitest';
import { newAction } from '../../src/domain/new-action';
import { ACTION_FIELD_LABEL, EDITABLE_ACTION_FIELDS } from '../../src/domain/action-diff';
import { ACTION_FIELD_KEYS, actionFieldSpec } from '../../src/domain/action-fields';
import type { ActionId, FindingId, PlanId } from '../../src/domain/ids';

describe('the table of action fields', () => {
  it('gives every editable field a place in the form, and no other field one', () => {
    for (const key of ACTION_FIELD_KEYS) {
      const spec = actionFieldSpec(key);
      expect(spec.form !== undefined, key).toBe(spec.editable);
    }
  });

  it('labels each editable field differently, as the form and the change listings show it', () => {
    const labels = EDITABLE_ACTION_FIELDS.map((field) => ACTION_FIELD_LABEL[field]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('signs only fields a person edits, besides the ids', () => {
    const signed = ACTION_FIELD_KEYS.filter((key) => actionFieldSpec(key).signed !== false);
    expect(signed.filter((key) => !actionFieldSpec(key).editable)).toEqual(['id', 'findingId']);
  });

  it('limits only text, and the form shows text as one line or several', () => {
    for (const key of ACTION_FIELD_KEYS) {
      const spec = actionFieldSpec(key);
      if (spec.maxLength !== undefined || spec.requiredMessage !== undefined) expect(spec.kind, key).toBe('text');
      if (spec.kind === 'text' && spec.editable) expect(spec.form?.control, key).toBeDefined();
    }
  });

  it('starts a new action with every field blank but those it is given', () => {
    const action = newAction({
      id: 'act-1' as ActionId,
      planId: 'plan-1' as PlanId,
      findingId: 'fnd-1' as FindingId,
      leadAgency: 'police',
      order: 2,
    });
    expect(Object.keys(action).sort()).toEqual([...ACTION_FIELD_KEYS].sort());
    expect(action).toMatchObject({ title: '', leadOfficer: null, milestones: [], status: 'not-started', order: 2 });
  });
});
