import { DEFAULT_AGENCIES } from '../agency';
import type { Finding } from '../finding';
import type { Member } from '../member';
import type { DirectoryUser } from '../persona';
import type { Plan } from '../plan';
import { err, ok, type Result } from '../result';
import type { DraftItem, ImportDraft, ImportIds } from './import-draft';
import { planTitle } from './plan-title';
import { dateOrNull } from './read-typed-date';
import { hasProblems, validateDraft, type DraftProblems } from './validate-draft';

/** Everything a reviewed import writes: the plan, its findings in letter order, and its first admin. */
export interface PlanImport {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
  readonly creator: Member;
}

function toPlan(draft: ImportDraft, ids: ImportIds): Plan {
  const m = draft.metadata;
  const letterDate = dateOrNull(m.letterDate);
  const start = dateOrNull(m.fieldworkStart);
  const end = dateOrNull(m.fieldworkEnd);
  return {
    id: ids.plan,
    title: planTitle(m.area, m.inspectionType, letterDate, m.theme),
    area: m.area.trim(),
    inspectionType: m.inspectionType,
    theme: m.theme.trim(),
    letterDate,
    fieldwork: start && end ? { start, end } : null,
    principalAuthority: m.principalAuthority.trim(),
    printedDeadline: dateOrNull(m.printedDeadline),
    agencies: DEFAULT_AGENCIES,
    stage: 'drafting',
    archived: false,
    foreword: '',
    monitoringArrangements: '',
  };
}

const toFinding =
  (plan: Plan) =>
  (item: DraftItem, order: number): Finding => ({
    id: item.id,
    planId: plan.id,
    type: item.type,
    text: item.text.trim(),
    subItems: item.subItems.map((s) => s.trim()).filter(Boolean),
    heading: item.heading,
    agencies: item.agencies,
    order,
  });

/** The person who imports the letter becomes the plan's admin, as the DCS's team runs the plan. */
const toCreator = (plan: Plan, ids: ImportIds, user: DirectoryUser): Member => ({
  id: ids.member,
  planId: plan.id,
  userId: user.id,
  displayName: user.displayName,
  email: user.email,
  jobTitle: user.jobTitle,
  role: 'plan-admin',
  agency: null,
});

/** A reviewed draft as the entities to store, or what still needs fixing. */
export function toPlanAndFindings(
  draft: ImportDraft,
  ids: ImportIds,
  creator: DirectoryUser,
): Result<PlanImport, DraftProblems> {
  const problems = validateDraft(draft);
  if (hasProblems(problems)) return err(problems);
  const plan = toPlan(draft, ids);
  return ok({ plan, findings: draft.items.map(toFinding(plan)), creator: toCreator(plan, ids, creator) });
}
