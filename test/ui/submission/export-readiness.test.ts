import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/domain/plan-snapshot';
import { contentChangedEvent } from '../../../src/domain/workflow/content-change-event';
import type { Governance } from '../../../src/domain/workflow/governance';
import { exportReadiness } from '../../../src/ui/submission/export-readiness';
import { CONTENT, apply, governanceAt, must, people, withAction } from '../../domain/workflow/workflow-fixtures';

/** The fixture plan with each statutory partner represented by a partner of that agency. */
const CONTENT_WITH_PARTNERS: PlanSnapshot = {
  ...CONTENT,
  members: CONTENT.members.map((m) =>
    m.id === people.councilPartner.id ? { ...m, agency: 'childrens-social-care' } : m,
  ),
};

const signatureGaps = (snapshot: PlanSnapshot, g: Governance) =>
  exportReadiness(snapshot, g)
    .gaps.filter((gap) => gap.kind === 'sign-off-outstanding')
    .map((gap) => gap.message);

const stagesOf = (snapshot: PlanSnapshot, g: Governance) =>
  exportReadiness(snapshot, g).signOffs.map((s) => `${s.stage}:${s.name}`);

describe('what the export is given from the plan’s governance', () => {
  it('is a draft awaiting every partner and executive while the partners have not approved', () => {
    const g = governanceAt('partnership-approval', CONTENT_WITH_PARTNERS);
    const readiness = exportReadiness(CONTENT_WITH_PARTNERS, g);
    expect(readiness.final).toBe(false);
    expect(signatureGaps(CONTENT_WITH_PARTNERS, g)).toEqual([
      'Awaiting signature: Safeguarding partner (local authority).',
      'Awaiting signature: Safeguarding partner (police).',
      'Awaiting signature: Safeguarding partner (health).',
      "Awaiting signature: Lead Member for Children's Services.",
      'Awaiting signature: Chief Executive.',
    ]);
    // The agencies' QA approvals stand for the actions as they are.
    expect(readiness.signOffs.map((s) => s.stage)).toEqual(['agency-qa', 'agency-qa', 'agency-qa']);
  });

  it('is final once every partner and both executives have signed, with every current sign-off', () => {
    const g = governanceAt('submitted', CONTENT_WITH_PARTNERS);
    const readiness = exportReadiness(CONTENT_WITH_PARTNERS, g);
    expect(readiness.final).toBe(true);
    expect(signatureGaps(CONTENT_WITH_PARTNERS, g)).toEqual([]);
    expect(readiness.signOffs).toEqual(g.signOffs);
  });

  it('is a draft, without the sign-offs an edit superseded, after signed content changes', () => {
    const signed = governanceAt('submitted', CONTENT_WITH_PARTNERS);
    const edited = withAction(CONTENT_WITH_PARTNERS, 'act-1', { title: 'Twice-daily MASH meeting' });
    const { governance: g } = must(
      apply(signed, contentChangedEvent(CONTENT_WITH_PARTNERS, edited), people.dcs, edited),
    );
    const readiness = exportReadiness(edited, g);
    expect(readiness.final).toBe(false);
    // Only the QA of the agencies whose actions did not change still stands.
    expect(stagesOf(edited, g)).toEqual(['agency-qa:Hana Patel', 'agency-qa:Cass Moore']);
    expect(signatureGaps(edited, g)).toHaveLength(5);
  });

  it('leaves out sign-offs of content that changed without a record of it', () => {
    const signed = governanceAt('submitted', CONTENT_WITH_PARTNERS);
    const changedBehindItsBack = withAction(CONTENT_WITH_PARTNERS, 'act-2', { title: 'Two named GPs' });
    expect(exportReadiness(changedBehindItsBack, signed).final).toBe(false);
    expect(stagesOf(changedBehindItsBack, signed)).toEqual(['agency-qa:Quinn Adams', 'agency-qa:Cass Moore']);
  });

  it('is a draft while a statutory partner the statement names has nobody to sign for it', () => {
    const g = governanceAt('submitted', CONTENT);
    expect(exportReadiness(CONTENT, g).final).toBe(false);
    expect(signatureGaps(CONTENT, g)).toEqual(['Awaiting signature: Safeguarding partner (local authority).']);
  });

  it('keeps only each signer’s latest decision', () => {
    const g = governanceAt('submitted', CONTENT_WITH_PARTNERS);
    const earlier = { ...g.signOffs.find((s) => s.stage === 'executive-sign-off')!, id: 'so-earlier' as never };
    const withEarlier: Governance = { ...g, signOffs: [earlier, ...g.signOffs] };
    expect(exportReadiness(CONTENT_WITH_PARTNERS, withEarlier).signOffs).toEqual(g.signOffs);
  });
});
