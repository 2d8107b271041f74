import { describe, expect, it } from 'vitest';
import type { DraftMetadata } from '../../../src/domain/letter-import/import-draft';
import { hasProblems, validateDraft } from '../../../src/domain/letter-import/validate-draft';
import { draftWith, fid, item } from './draft-fixtures';

const fieldsOf = (metadata: Partial<DraftMetadata>) => validateDraft(draftWith([item(1)], metadata)).fields;

describe('checking the plan details', () => {
  it('finds nothing wrong with a complete draft', () => {
    expect(hasProblems(validateDraft(draftWith([item(1)])))).toBe(false);
  });

  it.each<[string, Partial<DraftMetadata>, Partial<Record<keyof DraftMetadata, string>>]>([
    ['no area', { area: '  ' }, { area: 'Enter the local area inspected, for example Cheshire East.' }],
    ['no letter date', { letterDate: '' }, { letterDate: 'Enter the date of the letter, for example 26/09/2022.' }],
    [
      'a letter date that is not a date',
      { letterDate: '31/02/2022' },
      { letterDate: 'Enter the date as day/month/year, for example 26/09/2022.' },
    ],
    [
      'a deadline in another format',
      { printedDeadline: '2023-01-05' },
      { printedDeadline: 'Enter the date as day/month/year, for example 26/09/2022.' },
    ],
    [
      'a deadline before the letter',
      { printedDeadline: '01/09/2022' },
      { printedDeadline: 'The submission date must be after the letter date.' },
    ],
    ['only a fieldwork start', { fieldworkEnd: '' }, { fieldworkEnd: 'Enter the last day of the fieldwork too.' }],
    ['only a fieldwork end', { fieldworkStart: '' }, { fieldworkStart: 'Enter the first day of the fieldwork too.' }],
    [
      'fieldwork ending before it starts',
      { fieldworkEnd: '10/07/2022' },
      { fieldworkEnd: 'The fieldwork cannot end before it starts.' },
    ],
    [
      'no principal authority',
      { principalAuthority: '' },
      { principalAuthority: 'Enter who submits the written statement of action, as "Next steps" names them.' },
    ],
    ['a theme too long for SharePoint', { theme: 'x'.repeat(256) }, { theme: 'Keep this under 255 characters.' }],
  ])('explains %s', (_name, metadata, expected) => {
    expect(fieldsOf(metadata)).toEqual(expected);
  });

  it.each<[string, Partial<DraftMetadata>]>([
    ['no fieldwork at all', { fieldworkStart: '', fieldworkEnd: '' }],
    ['no printed deadline', { printedDeadline: '' }],
    ['no theme', { theme: '' }],
    ['short dates', { letterDate: '26/9/22' }],
  ])('accepts %s', (_name, metadata) => {
    expect(fieldsOf(metadata)).toEqual({});
  });
});

describe('checking the items', () => {
  it('names each item without text, and one that is too long', () => {
    const problems = validateDraft(draftWith([item(1, { text: ' ' }), item(2), item(3, { text: 'x'.repeat(4001) })]));
    expect(problems.items).toEqual({
      [fid(1)]: 'Enter the finding’s text, or delete this item.',
      [fid(3)]: 'This finding is longer than 4000 characters: split it.',
    });
  });

  it('asks for at least one finding', () => {
    expect(validateDraft(draftWith([])).general).toEqual([
      'Add at least one finding from the letter before creating the plan.',
    ]);
  });
});
