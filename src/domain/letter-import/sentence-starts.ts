/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|No|St|cf|para)\.$/i;

/**
 * Where each sentence after the first begins: the offsets at which a finding can be split
 * "after a sentence". A sentence ends at . ! or ? (with any closing quote or bracket) followed
 * by a space and a capital, a digit or an opening quote.
 */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  const pattern = /[.!?]["”’')\]]*\s+(?=["“‘(]?[A-Z0-9])/g;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    const before = text.slice(0, match.index + 1);
    if (!ABBREVIATIONS.test(before)) starts.push(end);
  }
  return starts;
}
