import { describe, expect, it } from 'vitest';
import { uniqueSheetNames } from '../../src/export/xlsx-sheet-names';

describe('uniqueSheetNames', () => {
  it('removes characters Excel refuses and keeps names within 31 characters', () => {
    expect(uniqueSheetNames(['Health: ICB/NHS [trusts]?', 'A'.repeat(40)], [])).toEqual([
      'Health ICB NHS trusts',
      'A'.repeat(31),
    ]);
  });

  it('never repeats a name, ignoring case, nor takes a fixed sheet name', () => {
    expect(uniqueSheetNames(['Police', 'police', 'Actions', "'History'", ''], ['Findings', 'Actions'])).toEqual([
      'Police',
      'police (2)',
      'Actions (2)',
      'Agency',
      'Agency (2)',
    ]);
  });
});
