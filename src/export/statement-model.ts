import { formatDateTime, formatLongDate, londonDateOf } from '../domain/dates';
import { findingShortTitle } from '../domain/finding-title';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import { draftForeword, draftMonitoring } from '../domain/statement/statement-drafts';
import { inspectionTitle, partnershipName, statutoryPartners } from '../domain/statement/statement-names';
import { contentHash } from '../domain/workflow/content-hash';
import { contactGroups } from './statement-contacts';
import type { StatementArea, StatementCover, StatementModel } from './statement-model.types';
import { proseBlocks } from './statement-prose';
import { assuranceLines, contentReference, signatureLines } from './statement-signatures';
import type {
  ActionRow,
  FindingItem,
  FindingSection,
  SubmissionCover,
  SubmissionOptions,
} from './submission-model.types';

/** What the statement is built from besides the snapshot: the model's findings, laid out already. */
export interface StatementParts {
  readonly cover: SubmissionCover;
  readonly sections: readonly FindingSection[];
  readonly findings: readonly FindingItem[];
  readonly unlinkedActions: readonly ActionRow[];
}

/** Words the statement uses wherever it is set out: in its Word document and on the page. */
export const STATEMENT_WORDS = {
  noActionYet: 'No action has been agreed for this area yet.',
  noAreas: 'The letter identified no areas for priority action or improvement.',
  /** The part that says so stands where the areas for improvement would. */
  noAreasTitle: 'Areas for improvement',
  otherActions: 'Other actions',
  otherActionsNote: 'These actions are not linked to an area for priority action or improvement in the letter.',
} as const;

/** The prefix the statement numbers its other actions with (`OA1`). */
export const OTHER_ACTIONS_CODE = 'OA';

/** The areas for priority action, then those for improvement, under their headings; a kind with none is left out. */
export function areaGroups(
  model: Pick<StatementModel, 'priorityAreas' | 'improvementAreas'>,
): { readonly title: string; readonly areas: readonly StatementArea[] }[] {
  return [
    { title: 'Areas for priority action', areas: model.priorityAreas },
    { title: 'Areas for improvement', areas: model.improvementAreas },
  ].filter((group) => group.areas.length > 0);
}

const CODE = { 'priority-action': 'PA', improvement: 'AFI', strength: 'S' } as const;

const given = (text: string | undefined): string | null => (text && text.trim() !== '' ? text : null);

function area(section: FindingSection): StatementArea {
  const { finding } = section;
  return {
    finding,
    heading: `${finding.reference}: ${findingShortTitle(finding)}`,
    code: `${CODE[finding.type]}${finding.number}`,
    actions: section.actions,
  };
}

/** The approval date once the statement is approved (its latest signature), else the day it was prepared. */
function statementDate(snapshot: PlanSnapshot, options: SubmissionOptions): string {
  const latest = options.signOffs.reduce<string | null>((at, s) => (at === null || s.at > at ? s.at : at), null);
  if (options.final && latest) return formatLongDate(londonDateOf(new Date(latest)));
  return formatLongDate(options.today);
}

function statementCover(snapshot: PlanSnapshot, options: SubmissionOptions, cover: SubmissionCover): StatementCover {
  const { plan } = snapshot;
  return {
    inspectionTitle: inspectionTitle(plan),
    area: plan.area,
    partnership: partnershipName(plan),
    statutoryPartners: statutoryPartners(plan.agencies).map((p) => p.name),
    date: statementDate(snapshot, options),
    version: options.final ? 'Final' : `Draft of ${formatDateTime(options.generatedAt)}`,
    status: options.final ? 'Approved' : 'Draft for approval',
    contentReference: contentReference(contentHash(snapshot)),
    letterDate: cover.letterDate,
    submittedBy: plan.principalAuthority.trim() || null,
    dueBy: cover.deadline?.text ?? null,
  };
}

/**
 * The written statement as the partnership sends it: the DCS's foreword and monitoring text as the
 * plan holds them (part of what is signed), or drafts built from the plan while blank; the areas
 * with their actions; and the signatures that stand.
 */
export function buildStatementModel(
  snapshot: PlanSnapshot,
  options: SubmissionOptions,
  parts: StatementParts,
): StatementModel {
  const areas = parts.sections.map(area);
  const ofType = (type: FindingItem['type']) => parts.findings.filter((f) => f.type === type);
  return {
    cover: statementCover(snapshot, options, parts.cover),
    foreword: proseBlocks(given(snapshot.plan.foreword) ?? draftForeword(snapshot)),
    summary: {
      priority: ofType('priority-action').map(findingShortTitle),
      improvement: ofType('improvement').map(findingShortTitle),
      strengths: ofType('strength').map((f) => f.text),
    },
    priorityAreas: areas.filter((a) => a.finding.type === 'priority-action'),
    improvementAreas: areas.filter((a) => a.finding.type === 'improvement'),
    otherActions: parts.unlinkedActions,
    monitoring: proseBlocks(given(snapshot.plan.monitoringArrangements) ?? draftMonitoring(snapshot, options.chain)),
    signatures: signatureLines(snapshot, options.chain, options.signOffs),
    assurance: assuranceLines(snapshot, options.signOffs),
    contacts: contactGroups(snapshot),
  };
}
