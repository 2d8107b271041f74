import type { Agency } from '../domain/agency';
import { FINDING_TYPE_LABEL, type Finding } from '../domain/finding';
import { findingNumbers, findingReference, inLetterOrder } from '../domain/finding-references';
import { agencyNames } from './agency-names';
import type { FindingItem } from './submission-model.types';

/** Findings in the letter's order, each numbered within its type as the letter reads. */
export function buildFindingItems(
  findings: readonly Finding[],
  agencies: readonly Agency[],
  actionCounts: ReadonlyMap<string, number>,
): FindingItem[] {
  const numbers = findingNumbers(findings);
  return inLetterOrder(findings).map((f) => {
    const number = numbers.get(f.id)!;
    return {
      id: f.id,
      type: f.type,
      typeLabel: FINDING_TYPE_LABEL[f.type],
      number,
      reference: findingReference(f.type, number),
      heading: f.heading,
      text: f.text,
      subItems: f.subItems,
      agencies: agencyNames(agencies, f.agencies),
      actionCount: f.type === 'strength' ? 0 : (actionCounts.get(f.id) ?? 0),
    };
  });
}
