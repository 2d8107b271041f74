import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Action } from '../../../src/domain/action';
import { addDaysIso, isoDateTime, type IsoDate } from '../../../src/domain/dates';
import type { Finding } from '../../../src/domain/finding';
import type { ActionId, FindingId, MemberId, PlanId, UpdateId, UserId } from '../../../src/domain/ids';
import type { Member } from '../../../src/domain/member';
import type { ProgressUpdate } from '../../../src/domain/progress-update';
import { createGraphPlanStore } from '../../../src/data/graph/graph-plan-store';
import { actionCodec } from '../../../src/data/graph/mappers/action.mapper';
import { findingCodec } from '../../../src/data/graph/mappers/finding.mapper';
import { entryToFields } from '../../../src/data/graph/mappers/governance-entry.mapper';
import { memberCodec } from '../../../src/data/graph/mappers/member.mapper';
import { planCodec } from '../../../src/data/graph/mappers/plan.mapper';
import { progressUpdateToFields } from '../../../src/data/graph/mappers/progress-update.mapper';
import { LISTS } from '../../../src/data/sharepoint/list-schema';
import type { FieldValues } from '../../../src/emulator/model/list-model';
import { DEMO_PERSONAS } from '../../../src/emulator/seed/demo-directory';
import { HARINGEY_ACTIONS, HARINGEY_FINDINGS, HARINGEY_PLAN } from '../../../src/emulator/seed/haringey-2018';
import { EMULATOR_SITE_ID, startEmulator, type RunningEmulator } from '../../../src/emulator/start-emulator';
import { addItemsToStoredSite, type BulkItems } from '../../emulator/support/bulk-items';

/** How many of each thing the site holds. The first plan is the large one. */
export interface ScaleShape {
  readonly plans: number;
  readonly actionsPerPlan: number;
  readonly updatesPerPlan: number;
  readonly eventsPerPlan: number;
  /** The first plan's progress updates: more than 5,000, years of them. */
  readonly updatesOfLargePlan: number;
}

/** 50 plans, 20,000 actions, 60,000 progress updates and 40,000 workflow events (issue 17). */
export const ISSUE_17_SITE: ScaleShape = {
  plans: 50,
  actionsPerPlan: 400,
  updatesPerPlan: 1100,
  eventsPerPlan: 800,
  updatesOfLargePlan: 6100,
};

export interface ScaleSite {
  readonly emulator: RunningEmulator;
  readonly planIds: readonly PlanId[];
  /** The plan with `updatesOfLargePlan` progress updates. */
  readonly largePlanId: PlanId;
  /** A plan of the ordinary size. */
  readonly typicalPlanId: PlanId;
  /** The day the plans' target dates are spread around. */
  readonly today: IsoDate;
  totals(): { actions: number; updates: number; events: number };
  stop(): Promise<void>;
}

const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;
const AGENCIES = ['childrens-social-care', 'police', 'health', 'education', 'probation'] as const;
const TODAY = '2026-12-07' as IsoDate;

const planIdOf = (n: number) => `plan-scale-${String(n).padStart(2, '0')}` as PlanId;
const memberIdOf = (planId: PlanId, userId: string) => `${planId}-m-${userId}` as MemberId;

function planItems(planId: PlanId, n: number, shape: ScaleShape): Record<string, FieldValues[]> {
  const findings: Finding[] = HARINGEY_FINDINGS.map((f) => ({ ...f, id: `${planId}-${f.id}` as FindingId, planId }));
  const template = HARINGEY_ACTIONS[0]!;
  const actions: Action[] = Array.from({ length: shape.actionsPerPlan }, (_, i) => ({
    ...template,
    id: `${planId}-act-${i}` as ActionId,
    planId,
    findingId: findings[i % findings.length]!.id,
    title: `${HARINGEY_ACTIONS[i % HARINGEY_ACTIONS.length]!.title} (${i + 1})`,
    leadAgency: AGENCIES[i % AGENCIES.length]!,
    leadOfficer: null,
    status: STATUSES[i % STATUSES.length]!,
    targetDate: addDaysIso(TODAY, (i % 120) - 60),
    order: i,
  }));
  const members: Member[] = DEMO_PERSONAS.map((p) => ({
    id: memberIdOf(planId, p.id),
    planId,
    userId: p.id,
    displayName: p.displayName,
    email: p.email,
    jobTitle: p.jobTitle,
    role: p.role,
    agency: p.agency,
  }));
  const updateCount = n === 0 ? shape.updatesOfLargePlan : shape.updatesPerPlan;
  const updates = Array.from({ length: updateCount }, (_, i) => {
    const action = actions[i % actions.length]!;
    const update: ProgressUpdate = {
      id: `${planId}-upd-${i}` as UpdateId,
      planId,
      actionId: action.id,
      authorId: 'u-dcs' as UserId,
      authorName: 'Sarah Mitchell',
      at: isoDateTime(new Date(Date.UTC(2022, 0, 3) + i * 4 * 3600 * 1000)),
      text: `Progress noted (${i + 1}).`,
      status: i % 3 === 0 ? action.status : null,
    };
    return progressUpdateToFields(update, action.leadAgency);
  });
  const events = Array.from({ length: shape.eventsPerPlan }, (_, i) =>
    entryToFields({
      id: `${planId}-evt-${i}`,
      planId,
      stage: 'drafting',
      by: { userId: 'u-dcs' as UserId, name: 'Sarah Mitchell' },
      event: { type: 'add-comment', target: { kind: 'plan' }, text: `Comment ${i + 1}` },
    }),
  );
  return {
    plans: [planCodec.toFields({ ...HARINGEY_PLAN, id: planId, title: `Scale plan ${n + 1}` })],
    findings: findings.map(findingCodec.toFields),
    actions: actions.map(actionCodec.toFields),
    members: members.map(memberCodec.toFields),
    updates,
    workflowEvents: events,
  };
}

/**
 * A site with many plans, written straight into the emulator's store (one fsync, no HTTP per
 * item) after the adapter has set the site's lists up: what a partnership's site looks like after
 * years of use. The DCS persona is a site owner and reads every item.
 */
export async function startScaleSite(shape: ScaleShape = ISSUE_17_SITE): Promise<ScaleSite> {
  const dataDir = await mkdtemp(join(tmpdir(), 'jtai-scale-'));
  const setup = await startEmulator({ port: 0, dataDir, seed: false });
  await createGraphPlanStore({
    graphBaseUrl: setup.graphBaseUrl,
    siteId: EMULATOR_SITE_ID,
    getToken: async () => 'demo.u-dcs',
  }).ensureSchema();
  await setup.close();
  const planIds = Array.from({ length: shape.plans }, (_, n) => planIdOf(n));
  const byList = new Map<string, FieldValues[]>();
  planIds.forEach((planId, n) => {
    for (const [key, items] of Object.entries(planItems(planId, n, shape))) {
      const list = byList.get(key) ?? [];
      for (const item of items) list.push(item);
      byList.set(key, list);
    }
  });
  const batches: BulkItems[] = [...byList].map(([key, fields]) => ({
    list: LISTS[key as keyof typeof LISTS].displayName,
    fields,
  }));
  addItemsToStoredSite(dataDir, batches);
  const emulator = await startEmulator({ port: 0, dataDir, seed: false });
  const count = (key: string) => byList.get(key)?.length ?? 0;
  return {
    emulator,
    planIds,
    largePlanId: planIds[0]!,
    typicalPlanId: planIds[Math.floor(planIds.length / 2)]!,
    today: TODAY,
    totals: () => ({ actions: count('actions'), updates: count('updates'), events: count('workflowEvents') }),
    async stop() {
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
