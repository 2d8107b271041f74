import { formatLongDate } from '../dates';
import { findingShortTitle } from '../finding-title';
import type { Finding } from '../finding';
import type { Member, Role } from '../member';
import type { PlanSnapshot } from '../plan-snapshot';
import { stageOf, type StageChain } from '../workflow/stage-chain';
import type { ChainStageKey } from '../workflow/stage-vocabulary';
import { counted, inspectionTitle, listInProse, partnershipName, statutoryPartners } from './statement-names';

const byLetterOrder = (a: Finding, b: Finding) => a.order - b.order || a.id.localeCompare(b.id);

const paragraphs = (parts: readonly (string | null)[]): string =>
  parts.filter((p): p is string => p !== null && p !== '').join('\n\n');

function inspectionParagraph(snapshot: PlanSnapshot): string {
  const { plan } = snapshot;
  const title = inspectionTitle(plan);
  const opening = `This is the written statement of action of the ${partnershipName(plan)} in response to the ${title.charAt(0).toLowerCase()}${title.slice(1)}.`;
  const fieldwork = plan.fieldwork
    ? `Inspectors visited the area from ${formatLongDate(plan.fieldwork.start)} to ${formatLongDate(plan.fieldwork.end)}`
    : null;
  const letter = plan.letterDate ? `set out their findings in a letter dated ${formatLongDate(plan.letterDate)}` : null;
  const visit = fieldwork && letter ? `${fieldwork} and ${letter}.` : fieldwork ? `${fieldwork}.` : null;
  const only = !fieldwork && letter ? `The inspectors ${letter}.` : null;
  return [opening, visit ?? only].filter((s): s is string => s !== null).join(' ');
}

function findingsParagraph(findings: readonly Finding[]): string {
  const priority = findings.filter((f) => f.type === 'priority-action').length;
  const improvement = findings.filter((f) => f.type === 'improvement').length;
  const strengths = findings.filter((f) => f.type === 'strength').length;
  const areas = `The letter identified ${counted(priority, 'area for priority action', 'areas for priority action')} and ${counted(improvement, 'area for improvement', 'areas for improvement')}.`;
  const recognised =
    strengths > 0
      ? ` It also recognised ${counted(strengths, 'strength', 'strengths')} in how partners work together, on which we will build.`
      : '';
  return `${areas}${recognised}`;
}

function prioritiesParagraph(findings: readonly Finding[]): string | null {
  const ordered = [
    ...findings.filter((f) => f.type === 'priority-action'),
    ...findings.filter((f) => f.type === 'improvement'),
  ];
  if (ordered.length === 0) return null;
  return ['Our priorities for improvement are:', ...ordered.map((f) => `- ${findingShortTitle(f)}`)].join('\n');
}

function commitmentParagraph(snapshot: PlanSnapshot): string {
  const partners = statutoryPartners(snapshot.plan.agencies).map((p) => p.inProse);
  const leaders =
    partners.length > 0 ? `As leaders of ${listInProse(partners)}, we` : 'As leaders of the partnership, we';
  return (
    `${leaders} are jointly committed to delivering this plan. Every action has a lead agency and a named ` +
    'lead officer, a timescale and a measure of success, so that we can show the difference it makes to ' +
    'children and their families. We will hold one another to account for its delivery and will report our ' +
    'progress openly.'
  );
}

/**
 * A starting draft of the introduction and foreword, built from the plan: the inspection, the
 * letter, what it found, the priorities that follow and the leaders' commitment. Plain text,
 * paragraphs separated by a blank line; a list is written as lines starting "- ".
 */
export function draftForeword(snapshot: PlanSnapshot): string {
  const findings = [...snapshot.findings].sort(byLetterOrder);
  return paragraphs([
    inspectionParagraph(snapshot),
    findingsParagraph(findings),
    prioritiesParagraph(findings),
    commitmentParagraph(snapshot),
  ]);
}

const holders = (members: readonly Member[], role: Role) => members.filter((m) => m.role === role);

const namedAs = (m: Member) => (m.jobTitle.trim() ? `${m.displayName}, ${m.jobTitle.trim()}` : m.displayName);

function oversightParagraph(snapshot: PlanSnapshot): string {
  const statutory = statutoryPartners(snapshot.plan.agencies);
  const who =
    statutory.length > 0
      ? `its statutory safeguarding partners, ${listInProse(statutory.map((p) => p.inProse))}`
      : 'its safeguarding partners';
  const partners = holders(snapshot.members, 'safeguarding-partner').map((m) => {
    const part = statutory.find((p) => p.key === m.agency);
    return part ? `${m.displayName} for ${part.inProse}` : m.displayName;
  });
  const named = partners.length > 0 ? ` (${listInProse(partners)})` : '';
  return `Delivery of this statement is overseen by the ${partnershipName(snapshot.plan)}, led by ${who}${named}.`;
}

function leadershipParagraph(snapshot: PlanSnapshot): string {
  const dcs = holders(snapshot.members, 'plan-admin')[0];
  const lead = holders(snapshot.members, 'improvement-lead')[0];
  const chair = dcs ? `the Director of Children's Services, ${dcs.displayName}` : "the Director of Children's Services";
  const support = lead ? `, supported by ${namedAs(lead)}` : '';
  return (
    `A monthly improvement board, chaired by ${chair}${support}, brings together the lead officer for each ` +
    'action. It reviews progress against each milestone and success measure, tests the evidence that ' +
    'practice has changed, and agrees what is to be done where an action is falling behind. Each lead ' +
    'agency assures its own actions before they are reported, through its quality assurance lead.'
  );
}

const activeStage = (chain: StageChain, key: ChainStageKey): boolean => {
  const stage = stageOf(chain, key);
  return stage !== null && !stage.skipped;
};

function approvalParagraph(chain: StageChain): string | null {
  const partners = activeStage(chain, 'partnership-approval');
  const executives = activeStage(chain, 'executive-sign-off');
  const custom = chain.filter((s) => !s.skipped && s.key.startsWith('custom-')).map((s) => s.label);
  const signers = [
    partners ? 'the safeguarding partners approve it' : null,
    executives ? "the Lead Member for Children's Services and the Chief Executive sign it off" : null,
  ].filter((s): s is string => s !== null);
  const considered = custom.length > 0 ? ` It is also considered by ${listInProse(custom)}.` : '';
  if (signers.length === 0) return considered.trim() || null;
  return `Before the statement is submitted, ${listInProse(signers)}.${considered}`;
}

function reportingParagraph(snapshot: PlanSnapshot, chain: StageChain): string {
  const bodies = chain.filter((s) => !s.skipped && s.key.startsWith('custom-') && s.kind === 'meeting');
  const extra = bodies.length > 0 ? `, and to ${listInProse(bodies.map((s) => s.label))}` : '';
  const executives = ['lead-member', 'chief-executive'].some((role) => snapshot.members.some((m) => m.role === role))
    ? " The Lead Member for Children's Services and the Chief Executive receive the same report."
    : '';
  return (
    `The improvement board reports progress every quarter to the ${partnershipName(snapshot.plan)} board${extra}.` +
    `${executives} The partnership will share its progress with Ofsted and the other inspectorates at their ` +
    'regular engagement meetings, and will continue to monitor delivery until every action is complete and ' +
    'its impact is shown.'
  );
}

/**
 * A starting draft of the governance and monitoring arrangements, built from the plan's
 * membership and governance chain: who oversees delivery, how often, and how progress reaches
 * the partnership board and Ofsted. Plain text, paragraphs separated by a blank line.
 */
export function draftMonitoring(snapshot: PlanSnapshot, chain: StageChain): string {
  return paragraphs([
    oversightParagraph(snapshot),
    approvalParagraph(chain),
    leadershipParagraph(snapshot),
    reportingParagraph(snapshot, chain),
  ]);
}
