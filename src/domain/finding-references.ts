import { FINDING_TYPE_LABEL, type Finding } from './finding';
import type { FindingId } from './ids';

/** The letter's order, with ids breaking ties so the result never depends on the input's order. */
export function inLetterOrder<T extends { readonly order: number; readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

type Numbered = Pick<Finding, 'id' | 'type' | 'order'>;

/** Each finding's number among the findings of its type, in the letter's order. */
export function findingNumbers(findings: readonly Numbered[]): ReadonlyMap<FindingId, number> {
  const counted = new Map<Finding['type'], number>();
  const numbers = new Map<FindingId, number>();
  for (const finding of inLetterOrder(findings)) {
    const n = (counted.get(finding.type) ?? 0) + 1;
    counted.set(finding.type, n);
    numbers.set(finding.id, n);
  }
  return numbers;
}

/** How the letter refers to a finding of `type` numbered `number`, e.g. "Area for improvement 7". */
export const findingReference = (type: Finding['type'], number: number): string =>
  `${FINDING_TYPE_LABEL[type]} ${number}`;

/** How the letter refers to each finding: its type and its number. */
export function findingReferences(findings: readonly Numbered[]): ReadonlyMap<FindingId, string> {
  const numbers = findingNumbers(findings);
  return new Map(findings.map((f) => [f.id, findingReference(f.type, numbers.get(f.id)!)]));
}
