import { ACTION_FIELD_LABEL, type EditableActionField } from '../../domain/action-diff';
import { actionFieldSpec } from '../../domain/action-fields';
import { agencyLabel } from '../../domain/agency';
import { formatShortDate } from '../../domain/dates';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { CanonicalAction, CanonicalFinding } from '../../domain/workflow/canonical-content';
import type { FindingField, PlanFactField } from '../../domain/workflow/changes-since';
import { memberName } from './governance-view';

export const PLAN_FACT_LABEL: Record<PlanFactField, string> = {
  title: 'Title',
  area: 'Area',
  inspectionType: 'Inspection type',
  theme: 'Theme',
  letterDate: 'Letter date',
  fieldwork: 'Fieldwork dates',
  principalAuthority: 'Principal authority',
  printedDeadline: 'Printed deadline',
  agencies: 'Partner agencies',
  foreword: 'Introduction and foreword',
  monitoringArrangements: 'Governance and monitoring arrangements',
};

export const FINDING_FIELD_LABEL: Record<FindingField, string> = {
  type: 'Type',
  text: 'Text',
  subItems: 'Sub-points',
  heading: 'Heading',
  agencies: 'Agencies',
  order: 'Position in the letter',
};

const orEmpty = (text: string) => (text.trim() ? text : '(empty)');

/** A signed action field's value in words, as it was signed or as it is now. */
export function describeSignedField(
  action: CanonicalAction,
  field: EditableActionField,
  snapshot: PlanSnapshot,
): string {
  const agency = (key: string) => agencyLabel(snapshot.plan.agencies, key);
  switch (field) {
    case 'leadAgency':
      return agency(action.leadAgency);
    case 'contributingAgencies':
      return orEmpty(action.contributingAgencies.map(agency).join(', '));
    case 'leadOfficer':
      return memberName(snapshot, action.leadOfficer);
    case 'startDate':
    case 'targetDate': {
      const date = action[field];
      return date ? formatShortDate(date) : '(empty)';
    }
    case 'milestones':
      return orEmpty(action.milestones.map((m) => `${m.title} (${formatShortDate(m.due)})`).join('; '));
    default: {
      // Signed text fields by their kind, so one added to the table is shown without a case here.
      const spec = actionFieldSpec(field);
      const value = (action as Readonly<Record<string, unknown>>)[field];
      if (spec.kind !== 'text' || spec.signed === false) return ACTION_FIELD_LABEL[field];
      return orEmpty(typeof value === 'string' ? value : '');
    }
  }
}

export const findingSummary = (f: CanonicalFinding): string =>
  f.text.length > 120 ? `${f.text.slice(0, 117)}…` : f.text;
