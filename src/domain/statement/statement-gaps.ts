import type { Action } from '../action';
import type { Finding } from '../finding';
import { inLetterOrder } from '../finding-references';
import { findingShortTitle } from '../finding-title';
import type { ActionId, FindingId } from '../ids';
import type { PlanSnapshot } from '../plan-snapshot';

export type StatementGapKind =
  | 'finding-without-action'
  | 'action-without-owner'
  | 'action-without-date'
  | 'action-without-measure'
  | 'sign-off-outstanding';

/** Something the statement still lacks before it reads as complete, in words the DCS can act on. */
export interface StatementGap {
  readonly kind: StatementGapKind;
  readonly message: string;
  readonly findingId?: FindingId;
  readonly actionId?: ActionId;
}

function actionGaps(action: Action, finding: Finding | undefined, officerKnown: boolean): StatementGap[] {
  const where = finding ? ` (${findingShortTitle(finding)})` : '';
  const named = `The action "${action.title.trim()}"${where}`;
  const gap = (kind: StatementGapKind, lacks: string): StatementGap => ({
    kind,
    message: `${named} has no ${lacks}.`,
    actionId: action.id,
    ...(finding ? { findingId: finding.id } : {}),
  });
  return [
    ...(officerKnown ? [] : [gap('action-without-owner', 'lead officer')]),
    ...(action.targetDate ? [] : [gap('action-without-date', 'target date')]),
    ...(action.successMeasure.trim() ? [] : [gap('action-without-measure', 'success measure')]),
  ];
}

/**
 * What the written statement still lacks, finding by finding in the letter's order: areas with
 * no action, actions without a lead officer, target date or success measure, then each signature
 * still outstanding (`outstandingSigners`, e.g. "Chief Executive"). Strengths never need actions.
 */
export function statementGaps(snapshot: PlanSnapshot, outstandingSigners: readonly string[]): StatementGap[] {
  const findings = inLetterOrder(snapshot.findings);
  const actions = inLetterOrder(snapshot.actions);
  const memberIds = new Set<string>(snapshot.members.map((m) => m.id));
  const officerKnown = (a: Action) => a.leadOfficer !== null && memberIds.has(a.leadOfficer);
  const byFinding = findings
    .filter((f) => f.type !== 'strength')
    .flatMap((finding): StatementGap[] => {
      const own = actions.filter((a) => a.findingId === finding.id);
      if (own.length === 0) {
        return [
          {
            kind: 'finding-without-action',
            message: `"${findingShortTitle(finding)}" has no action yet.`,
            findingId: finding.id,
          },
        ];
      }
      return own.flatMap((a) => actionGaps(a, finding, officerKnown(a)));
    });
  const known = new Set<string>(findings.filter((f) => f.type !== 'strength').map((f) => f.id));
  const others = actions
    .filter((a) => !known.has(a.findingId))
    .flatMap((a) =>
      actionGaps(
        a,
        findings.find((f) => f.id === a.findingId),
        officerKnown(a),
      ),
    );
  const signatures = outstandingSigners.map((who): StatementGap => ({
    kind: 'sign-off-outstanding',
    message: `Awaiting signature: ${who}.`,
  }));
  return [...byFinding, ...others, ...signatures];
}
