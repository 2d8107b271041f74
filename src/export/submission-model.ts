import type { Action } from '../domain/action';
import { formatDateTime } from '../domain/dates';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import { buildActionRow, type ActionRowContext } from './submission-action-row';
import { buildStatementModel } from './statement-model';
import { buildCover } from './submission-cover';
import { inLetterOrder } from '../domain/finding-references';
import { buildFindingItems } from './submission-findings';
import type { FindingItem, FindingSection, SubmissionModel, SubmissionOptions } from './submission-model.types';

/**
 * Everything the written statement says, as plain data: the Word and Excel builders only lay it
 * out, so what the partnership signs is decided here, once, and tested without opening a file.
 */
export function buildSubmissionModel(snapshot: PlanSnapshot, options: SubmissionOptions): SubmissionModel {
  const { plan } = snapshot;
  const ctx: ActionRowContext = { agencies: plan.agencies, members: snapshot.members };
  const actions = inLetterOrder(snapshot.actions);
  const findings = buildFindingItems(snapshot.findings, plan.agencies, countByFinding(actions));
  const withActions = findings.filter((f) => f.type !== 'strength');
  const sections: FindingSection[] = withActions.map((finding) => ({
    finding,
    actions: actions.filter((a) => a.findingId === finding.id).map((a) => buildActionRow(a, finding, ctx)),
  }));
  const linked = new Set<string>(withActions.map((f) => f.id));
  const byId = new Map<string, FindingItem>(findings.map((f) => [f.id, f]));
  const unlinkedActions = actions
    .filter((a) => !linked.has(a.findingId))
    .map((a) => buildActionRow(a, byId.get(a.findingId) ?? null, ctx));
  const rows = [...sections.flatMap((s) => s.actions), ...unlinkedActions];
  const cover = buildCover(plan, options.today);
  return {
    final: options.final,
    generatedAt: options.generatedAt,
    generatedAtText: formatDateTime(options.generatedAt),
    cover,
    statement: buildStatementModel(snapshot, options, { cover, sections, findings, unlinkedActions }),
    sections,
    strengths: findings.filter((f) => f.type === 'strength'),
    unlinkedActions,
    findings,
    actions: rows,
    agencies: plan.agencies,
  };
}

function countByFinding(actions: readonly Action[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of actions) counts.set(a.findingId, (counts.get(a.findingId) ?? 0) + 1);
  return counts;
}
