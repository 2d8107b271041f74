import * as v from 'valibot';
import { DEFAULT_AGENCIES } from '../../../domain/agency';
import type { PlanId } from '../../../domain/ids';
import { isInspectionType, type Plan } from '../../../domain/plan';
import { isStageKey } from '../../../domain/workflow/stage-vocabulary';
import { SCHEMA_VERSION } from '../../sharepoint/list-schema';
import type { FieldValues, ItemFields } from '../list-item';
import type { EntityCodec } from './entity-codec';
import { readBoolean, readDate, readGuarded, readJsonList, readText, textOrEmpty } from './field-readers';
import { AGENCY_KEY } from './value-schemas';

const AGENCY = v.object({ key: AGENCY_KEY, name: v.string(), shortName: v.string() });

export function planToFields(plan: Plan): FieldValues {
  return {
    Title: plan.id,
    PlanId: plan.id,
    PlanTitle: plan.title,
    Area: plan.area,
    InspectionType: plan.inspectionType,
    Theme: plan.theme,
    LetterDate: textOrEmpty(plan.letterDate),
    FieldworkStart: textOrEmpty(plan.fieldwork?.start ?? null),
    FieldworkEnd: textOrEmpty(plan.fieldwork?.end ?? null),
    PrincipalAuthority: plan.principalAuthority,
    PrintedDeadline: textOrEmpty(plan.printedDeadline),
    AgenciesJson: JSON.stringify(plan.agencies.map(({ key, name, shortName }) => ({ key, name, shortName }))),
    Stage: plan.stage,
    Archived: plan.archived,
    SchemaVersion: SCHEMA_VERSION,
    Foreword: plan.foreword,
    MonitoringArrangements: plan.monitoringArrangements,
  };
}

export function planFromFields(fields: ItemFields): Plan {
  const start = readDate(fields, 'FieldworkStart');
  const end = readDate(fields, 'FieldworkEnd');
  return {
    id: readText(fields, 'Title') as PlanId,
    title: readText(fields, 'PlanTitle'),
    area: readText(fields, 'Area'),
    inspectionType: readGuarded(fields, 'InspectionType', isInspectionType, 'other'),
    theme: readText(fields, 'Theme'),
    letterDate: readDate(fields, 'LetterDate'),
    fieldwork: start && end ? { start, end } : null,
    principalAuthority: readText(fields, 'PrincipalAuthority'),
    printedDeadline: readDate(fields, 'PrintedDeadline'),
    // Without its agencies a plan cannot show who owns what, so no (or non-list) JSON gets the defaults.
    agencies: readJsonList(fields, 'plans', 'AgenciesJson', AGENCY, DEFAULT_AGENCIES),
    stage: readGuarded(fields, 'Stage', isStageKey, 'drafting'),
    archived: readBoolean(fields, 'Archived'),
    // A plan stored before these columns existed has neither: not written yet.
    foreword: readText(fields, 'Foreword'),
    monitoringArrangements: readText(fields, 'MonitoringArrangements'),
  };
}

export const planCodec: EntityCodec<Plan> = {
  list: 'plans',
  idOf: (plan) => plan.id,
  planIdOf: (plan) => plan.id,
  toFields: planToFields,
  fromFields: planFromFields,
};
