import { describe, expect, it } from 'vitest';
import { interleave } from './interleave';

describe('spreading browser test files among unit files', () => {
  it('starts with the first of the few and spreads the rest at equal steps, each list in its order', () => {
    expect(interleave(['A', 'B', 'C'], ['1', '2', '3', '4', '5', '6']).join('')).toBe('A12B34C56');
  });

  it('keeps every item once when the lists do not divide evenly', () => {
    expect(interleave(['A', 'B'], ['1', '2', '3', '4', '5']).join('')).toBe('A123B45');
    expect(interleave(['A', 'B', 'C'], ['1', '2']).join('')).toBe('A1BC2');
  });

  it('spreads the few over the first share of the result, the many after', () => {
    expect(interleave(['A', 'B'], ['1', '2', '3', '4', '5', '6', '7', '8'], 0.5).join('')).toBe('A12B345678');
  });

  it('returns the many as they are when there are no few, and the few when there are no many', () => {
    expect(interleave([], ['1', '2'])).toEqual(['1', '2']);
    expect(interleave(['A', 'B'], [])).toEqual(['A', 'B']);
  });
});
