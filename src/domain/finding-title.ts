import type { Finding } from './finding';

/** Longest short title, in characters: about what fits a chart label or a Word heading line. */
export const SHORT_TITLE_LIMIT = 80;
const SHORTEST_CLAUSE = 20;

const clean = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,]+$/, '');

/** The text up to the first sentence end or clause break, if that is a readable length. */
function firstClause(text: string): string | null {
  const breaks = /[.;:](\s|$)|\s[–—-]\s|,\s/g;
  for (const match of text.matchAll(breaks)) {
    const clause = clean(text.slice(0, match.index));
    if (clause.length > SHORT_TITLE_LIMIT) return null;
    if (clause.length >= SHORTEST_CLAUSE) return clause;
  }
  return null;
}

function cutAtWord(text: string): string {
  const room = text.slice(0, SHORT_TITLE_LIMIT - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > SHORTEST_CLAUSE ? room.slice(0, space) : room;
  return `${cut.replace(/[\s.;:,–—-]+$/, '')}…`;
}

/**
 * A heading-length name for a finding, from the letter's own words: the whole text when it is
 * short, else its first clause, else its opening words. The verbatim text is always kept beside it.
 */
export function findingShortTitle(finding: Pick<Finding, 'text'>): string {
  const text = clean(finding.text);
  if (text.length <= SHORT_TITLE_LIMIT) return text;
  return firstClause(text) ?? cutAtWord(text);
}
