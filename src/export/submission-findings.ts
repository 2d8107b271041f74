import type { Agency } from '../domain/agency';
import { FINDING_TYPE_LABEL, type Finding, type FindingType } from '../domain/finding';
import { inLetterOrder } from '../domain/finding-references';
import { agencyNames } from './agency-names';
import type { FindingItem } from './submission-model.types';

/** Findings in the letter's order, each numbered within its type as the letter reads. */
export function buildFindingItems(
  findings: readonly Finding[],
  agencies: readonly Agency[],
  actionCounts: ReadonlyMap<string, number>,
): FindingItem[] {
  const seen: Record<FindingType, number> = { 'priority-action': 0, improvement: 0, strength: 0 };
  return inLetterOrder(findings).map((f) => {
    seen[f.type] += 1;
    const number = seen[f.type];
    return {
      id: f.id,
      type: f.type,
      typeLabel: FINDING_TYPE_LABEL[f.type],
      number,
      reference: `${FINDING_TYPE_LABEL[f.type]} ${number}`,
      heading: f.heading,
      text: f.text,
      subItems: f.subItems,
      agencies: agencyNames(agencies, f.agencies),
      actionCount: f.type === 'strength' ? 0 : (actionCounts.get(f.id) ?? 0),
    };
  });
}
