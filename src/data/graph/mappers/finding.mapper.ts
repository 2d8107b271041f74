import * as v from 'valibot';
import { isFindingType, type Finding } from '../../../domain/finding';
import type { FindingId, PlanId } from '../../../domain/ids';
import type { FieldValues, ItemFields } from '../list-item';
import { entityCodec, type EntityCodec } from './entity-codec';
import { readGuarded, readJsonList, readNumber, readOptionalText, readText, textOrEmpty } from './field-readers';
import { AGENCY_KEY } from './value-schemas';

/** Items whose position cannot be read go after the ones that can. */
export const UNKNOWN_ORDER = Number.MAX_SAFE_INTEGER;

export function findingToFields(finding: Finding): FieldValues {
  return {
    Title: finding.id,
    PlanId: finding.planId,
    FindingType: finding.type,
    FindingText: finding.text,
    SubItemsJson: JSON.stringify(finding.subItems),
    Heading: textOrEmpty(finding.heading),
    AgenciesJson: JSON.stringify(finding.agencies),
    SortOrder: finding.order,
  };
}

export function findingFromFields(fields: ItemFields): Finding {
  return {
    id: readText(fields, 'Title') as FindingId,
    planId: readText(fields, 'PlanId') as PlanId,
    type: readGuarded(fields, 'FindingType', isFindingType, 'improvement'),
    text: readText(fields, 'FindingText'),
    subItems: readJsonList(fields, 'findings', 'SubItemsJson', v.string()),
    heading: readOptionalText(fields, 'Heading'),
    agencies: readJsonList(fields, 'findings', 'AgenciesJson', AGENCY_KEY),
    order: readNumber(fields, 'SortOrder', UNKNOWN_ORDER),
  };
}

export const findingCodec: EntityCodec<Finding> = entityCodec('findings', findingToFields, findingFromFields);
