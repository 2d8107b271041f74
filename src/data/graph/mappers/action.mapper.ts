import { isActionStatus, type Action, type EvidenceLink, type Milestone } from '../../../domain/action';
import { isAgencyKey } from '../../../domain/agency';
import { isIsoDate } from '../../../domain/dates';
import { isMemberId, isUserId, type ActionId, type FindingId, type PlanId } from '../../../domain/ids';
import type { FieldValues, ItemFields } from '../list-item';
import type { EntityCodec } from './entity-codec';
import { UNKNOWN_ORDER } from './finding.mapper';
import {
  isRecord,
  readDate,
  readDateTime,
  readGuarded,
  readJsonList,
  readNumber,
  readText,
  textOrEmpty,
} from './field-readers';

const isMilestone = (value: unknown): value is Milestone =>
  isRecord(value) && typeof value.title === 'string' && isIsoDate(value.due) && typeof value.done === 'boolean';

const isEvidenceLink = (value: unknown): value is EvidenceLink =>
  isRecord(value) && typeof value.title === 'string' && typeof value.url === 'string';

export function actionToFields(action: Action): FieldValues {
  return {
    Title: action.id,
    ActionId: action.id,
    PlanId: action.planId,
    FindingId: action.findingId,
    Agency: action.leadAgency,
    ActionText: action.title,
    ContributingJson: JSON.stringify(action.contributingAgencies),
    LeadOfficer: textOrEmpty(action.leadOfficer),
    SponsoringDirector: action.sponsoringDirector,
    MilestonesJson: JSON.stringify(action.milestones),
    StartDate: textOrEmpty(action.startDate),
    TargetDate: textOrEmpty(action.targetDate),
    SuccessMeasure: action.successMeasure,
    MeasuredBy: action.measuredBy,
    EvidenceJson: JSON.stringify(action.evidence),
    Status: action.status,
    StatusReason: action.statusReason,
    SortOrder: action.order,
    UpdatedAt: textOrEmpty(action.updatedAt),
    UpdatedBy: textOrEmpty(action.updatedBy),
  };
}

export function actionFromFields(fields: ItemFields): Action {
  return {
    id: readText(fields, 'Title') as ActionId,
    planId: readText(fields, 'PlanId') as PlanId,
    findingId: readText(fields, 'FindingId') as FindingId,
    title: readText(fields, 'ActionText'),
    leadAgency: readText(fields, 'Agency'),
    contributingAgencies: readJsonList(fields, 'actions', 'ContributingJson', isAgencyKey),
    leadOfficer: readGuarded(fields, 'LeadOfficer', isMemberId, null),
    sponsoringDirector: readText(fields, 'SponsoringDirector'),
    milestones: readJsonList(fields, 'actions', 'MilestonesJson', isMilestone),
    startDate: readDate(fields, 'StartDate'),
    targetDate: readDate(fields, 'TargetDate'),
    successMeasure: readText(fields, 'SuccessMeasure'),
    measuredBy: readText(fields, 'MeasuredBy'),
    evidence: readJsonList(fields, 'actions', 'EvidenceJson', isEvidenceLink),
    status: readGuarded(fields, 'Status', isActionStatus, 'not-started'),
    statusReason: readText(fields, 'StatusReason'),
    order: readNumber(fields, 'SortOrder', UNKNOWN_ORDER),
    updatedAt: readDateTime(fields, 'UpdatedAt'),
    updatedBy: readGuarded(fields, 'UpdatedBy', isUserId, null),
  };
}

export const actionCodec: EntityCodec<Action> = {
  list: 'actions',
  idOf: (action) => action.id,
  planIdOf: (action) => action.planId,
  toFields: actionToFields,
  fromFields: actionFromFields,
};
