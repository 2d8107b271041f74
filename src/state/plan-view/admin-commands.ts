import type { Agency } from '../../domain/agency';
import type { MemberId, UserId } from '../../domain/ids';
import type { Member, Role } from '../../domain/member';
import type { DirectoryUser } from '../../domain/persona';
import { isPlanAdmin } from '../../domain/permissions';
import type { Plan, StatementTexts } from '../../domain/plan';
import { agenciesBothChanged, mergePlanDetails } from '../../domain/plan-details-merge';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { PlanStore, StoreVersion, Versioned } from '../../data/plan-store.port';
import { conflictCurrent } from '../conflict-current';
import { permittedWrite } from './permitted-write';
import { statementTextCommand, type StatementTextOutcome } from './statement-text-command';
import { mergedUnlessConflict, writeMerging, type MergingWrite } from '../write-merging';
import type { Outcome } from '../outcome';

export type AdminOutcome = Outcome<{ readonly status: 'done' }>;

export type { StatementTextOutcome } from './statement-text-command';

/** What the admin commands need from the plan view store that owns them. */
export interface AdminContext {
  readonly store: PlanStore;
  readonly versions: Map<string, StoreVersion>;
  readonly newMemberId: () => MemberId;
  readonly snapshot: () => PlanSnapshot | null;
  readonly me: () => Member | null;
  readonly replace: (snapshot: PlanSnapshot) => void;
}

export interface AdminCommands {
  /**
   * Saves the plan's agencies. `base` is the list the editor changed (by default, the one the plan
   * shows now): agencies others added, renamed or removed since are merged in, agency by agency.
   */
  saveAgencies(agencies: readonly Agency[], base?: readonly Agency[]): Promise<AdminOutcome>;
  addMember(user: DirectoryUser, role: Role, agency: string | null): Promise<AdminOutcome>;
  changeMember(member: Member): Promise<AdminOutcome>;
  removeMember(id: MemberId): Promise<AdminOutcome>;
  searchDirectory(query: string): Promise<readonly DirectoryUser[]>;
  /** Archives a closed plan (hidden from everyday lists) or restores it, over whatever else was saved meanwhile. */
  setArchived(archived: boolean): Promise<AdminOutcome>;
  /**
   * Saves the statement's texts. `base` is what the editor started from: a text someone else
   * saved since is kept unless this edit changed the same text too, which comes back as a conflict.
   */
  saveStatementText(texts: StatementTexts, base: StatementTexts): Promise<StatementTextOutcome>;
}

const NOT_ADMIN = 'Only the plan admins (the DCS and the improvement lead) can change the plan’s agencies and members.';
const NOT_ADMIN_ARCHIVE = 'Only the plan admins (the DCS and the improvement lead) can archive or restore the plan.';
const PLAN_CHANGED =
  'Someone else changed this plan while you had it open. Their changes are now shown and nothing has been lost; check the plan, then try again.';
const DONE: AdminOutcome = { status: 'done' };

/** Why an agency edit was not saved: the agencies someone else changed too, named. */
function agenciesChangedMessage(who: string, agencies: readonly Agency[]): string {
  if (agencies.length === 0) return PLAN_CHANGED;
  const names = agencies.map((a) => a.shortName).join(', ');
  const them = agencies.length === 1 ? 'it' : 'them';
  return `${who} changed ${names} while you were editing the agencies, so your change to ${them} was not saved. Their version is now shown: check it, then make your change again if you still want it.`;
}

type Guarded = (work: (snapshot: PlanSnapshot) => Promise<AdminOutcome | void>) => Promise<AdminOutcome>;

/** Adding, changing and removing the plan's members, each as a plan admin. */
function memberCommands(
  ctx: AdminContext,
  guarded: Guarded,
): Pick<AdminCommands, 'addMember' | 'changeMember' | 'removeMember'> {
  const setMembers = (snapshot: PlanSnapshot, members: readonly Member[]) => ctx.replace({ ...snapshot, members });
  return {
    addMember: async (user, role, agency) => {
      if (ctx.snapshot()?.members.some((m) => m.userId === user.id)) {
        return { status: 'refused', message: `${user.displayName} is already a member of this plan.` };
      }
      return guarded(async (snapshot) => {
        const member: Member = {
          id: ctx.newMemberId(),
          planId: snapshot.plan.id,
          userId: user.id as UserId,
          displayName: user.displayName,
          email: user.email,
          jobTitle: user.jobTitle,
          role,
          agency,
        };
        const [saved] = await ctx.store.addMembers([member]);
        ctx.versions.set(member.id, saved!.version);
        setMembers(snapshot, [...snapshot.members, saved!.value]);
      });
    },
    changeMember: (member) =>
      guarded(async (snapshot) => {
        const saved = await ctx.store.updateMember(member, ctx.versions.get(member.id)!);
        ctx.versions.set(member.id, saved.version);
        setMembers(
          snapshot,
          snapshot.members.map((m) => (m.id === member.id ? saved.value : m)),
        );
      }),
    removeMember: (id) =>
      guarded(async (snapshot) => {
        await ctx.store.removeMember(id, ctx.versions.get(id)!);
        setMembers(
          snapshot,
          snapshot.members.filter((m) => m.id !== id),
        );
      }),
  };
}

export function adminCommands(ctx: AdminContext): AdminCommands {
  /** Runs a write on a loaded plan by a plan admin; store failures become outcomes. */
  const asAdmin = <O>(work: (snapshot: PlanSnapshot) => Promise<O>, refusal: string): Promise<O | AdminOutcome> =>
    permittedWrite(ctx, { allowed: isPlanAdmin, refusal }, work, (error, snapshot) =>
      tookInStoredPlan(error, snapshot) ? { status: 'failed', message: PLAN_CHANGED } : null,
    );
  const guarded = (
    work: (snapshot: PlanSnapshot) => Promise<AdminOutcome | void>,
    refusal: string = NOT_ADMIN,
  ): Promise<AdminOutcome> => asAdmin(async (snapshot) => (await work(snapshot)) ?? DONE, refusal);
  /** The stored plan in the snapshot, keeping the stage the governance state gave it. */
  const acceptPlan = (snapshot: PlanSnapshot, saved: Versioned<Plan>) => {
    ctx.versions.set(saved.value.id, saved.version);
    ctx.replace({ ...snapshot, plan: { ...saved.value, stage: snapshot.plan.stage } });
  };
  /** After a conflict on the plan, shows what is stored so the next try starts from it. */
  const tookInStoredPlan = (error: unknown, snapshot: PlanSnapshot): boolean => {
    const current = conflictCurrent<Plan>(error);
    if (!current || current.value.id !== snapshot.plan.id) return false;
    acceptPlan(ctx.snapshot() ?? snapshot, current);
    return true;
  };
  /**
   * Writes `value`, the person's change to the plan as the snapshot shows it, merging it into
   * changes saved meanwhile; then shows what is stored. A conflict left for the person is returned.
   */
  const writePlan = async (
    snapshot: PlanSnapshot,
    value: Plan,
    merge: (base: Plan, theirs: Plan, mine: Plan) => Plan | null,
  ): Promise<MergingWrite<Plan>> => {
    const written = await writeMerging({
      base: snapshot.plan,
      version: ctx.versions.get(snapshot.plan.id)!,
      value,
      write: (plan, version) => ctx.store.updatePlan(plan, version),
      merge,
    });
    acceptPlan(ctx.snapshot() ?? snapshot, written.status === 'saved' ? written.saved : written.theirs);
    return written;
  };
  return {
    saveAgencies: (agencies, base) =>
      guarded(async (snapshot) => {
        const known = snapshot.plan;
        const startedFrom: Plan = { ...known, agencies: base ?? known.agencies };
        const mine: Plan = { ...known, agencies };
        // Agencies the plan already shows that changed after the editor opened are merged in first.
        const shown = mergePlanDetails(startedFrom, known, mine);
        if (shown.conflicts.length > 0) {
          const clashes = agenciesBothChanged(startedFrom.agencies, known.agencies, agencies);
          return { status: 'failed', message: agenciesChangedMessage('Someone else', clashes) };
        }
        const written = await writePlan(snapshot, shown.merged, mergedUnlessConflict(mergePlanDetails));
        if (written.status === 'saved') return DONE;
        const { base: from, theirs, mine: sent } = written;
        const clashes = agenciesBothChanged(from.agencies, theirs.value.agencies, sent.agencies);
        return { status: 'failed', message: agenciesChangedMessage(theirs.changedBy?.name ?? 'Someone else', clashes) };
      }),
    ...memberCommands(ctx, guarded),
    setArchived: (archived) =>
      guarded(async (snapshot) => {
        // Whatever else was saved meanwhile stays: archiving only sets `archived` over it.
        const written = await writePlan(snapshot, { ...snapshot.plan, archived }, (_base, theirs) => ({
          ...theirs,
          archived,
        }));
        if (written.status === 'conflict') return { status: 'failed', message: PLAN_CHANGED };
      }, NOT_ADMIN_ARCHIVE),
    saveStatementText: statementTextCommand({ asAdmin, writePlan, planChanged: PLAN_CHANGED }),
    searchDirectory: (query) =>
      query.trim().length < 2 ? Promise.resolve([]) : ctx.store.searchDirectory(query.trim()),
  };
}
