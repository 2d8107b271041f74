import type { Agency } from '../domain/agency';
import { formatLongDate, londonDateOf } from '../domain/dates';
import { ROLE_LABEL } from '../domain/member';
import type { SignOff, SignOffDecision } from '../domain/sign-off';
import { STAGE_LABEL } from '../domain/stage';
import { agencyName } from './agency-names';
import type { GovernanceEntry } from './submission-model.types';

const DECISION_LABEL: Record<SignOffDecision, string> = {
  approve: 'Approved',
  return: 'Returned for amendment',
};

/** The sign-offs in the order they were given, so the record reads as the chain ran. */
export function buildGovernance(signOffs: readonly SignOff[], agencies: readonly Agency[]): GovernanceEntry[] {
  return [...signOffs]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((s) => ({
      name: s.name,
      role: s.role,
      roleLabel: ROLE_LABEL[s.role],
      agency: s.agency ? agencyName(agencies, s.agency) : null,
      stage: s.stage,
      stageLabel: STAGE_LABEL[s.stage],
      decision: s.decision,
      decisionLabel: DECISION_LABEL[s.decision],
      at: s.at,
      date: formatLongDate(londonDateOf(new Date(s.at))),
      comment: s.comment,
    }));
}
