import type { Agency } from '../domain/agency';
import type { MemberId, UserId } from '../domain/ids';
import type { Member, Role } from '../domain/member';
import type { DirectoryUser } from '../domain/persona';
import { isPlanAdmin } from '../domain/permissions';
import type { Plan } from '../domain/plan';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { PlanStore, StoreVersion, Versioned } from '../data/plan-store.port';
import { conflictCurrent } from './conflict-current';
import { refusedOrFailed } from './describe-store-error';

export type AdminOutcome =
  { readonly status: 'done' } | { readonly status: 'refused' | 'failed'; readonly message: string };

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
  saveAgencies(agencies: readonly Agency[]): Promise<AdminOutcome>;
  addMember(user: DirectoryUser, role: Role, agency: string | null): Promise<AdminOutcome>;
  changeMember(member: Member): Promise<AdminOutcome>;
  removeMember(id: MemberId): Promise<AdminOutcome>;
  searchDirectory(query: string): Promise<readonly DirectoryUser[]>;
  /** Archives a closed plan (hidden from everyday lists) or restores it. */
  setArchived(archived: boolean): Promise<AdminOutcome>;
}

const NOT_ADMIN = 'Only the plan admins (the DCS and the improvement lead) can change the plan’s agencies and members.';
const NOT_ADMIN_ARCHIVE = 'Only the plan admins (the DCS and the improvement lead) can archive or restore the plan.';
const PLAN_CHANGED =
  'Someone else changed this plan while you had it open. Their changes are now shown and nothing has been lost; check the plan, then try again.';

export function adminCommands(ctx: AdminContext): AdminCommands {
  const guarded = async (
    work: (snapshot: PlanSnapshot) => Promise<void>,
    refusal: string = NOT_ADMIN,
  ): Promise<AdminOutcome> => {
    const snapshot = ctx.snapshot();
    if (!snapshot) return { status: 'failed', message: 'The plan is not loaded.' };
    if (!isPlanAdmin(ctx.me())) return { status: 'refused', message: refusal };
    try {
      await work(snapshot);
      return { status: 'done' };
    } catch (error) {
      if (tookInStoredPlan(error, snapshot)) return { status: 'failed', message: PLAN_CHANGED };
      return refusedOrFailed(error);
    }
  };
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
  const setMembers = (snapshot: PlanSnapshot, members: readonly Member[]) => ctx.replace({ ...snapshot, members });
  return {
    saveAgencies: (agencies) =>
      guarded(async (snapshot) => {
        const saved = await ctx.store.updatePlan({ ...snapshot.plan, agencies }, ctx.versions.get(snapshot.plan.id)!);
        ctx.versions.set(saved.value.id, saved.version);
        ctx.replace({ ...snapshot, plan: saved.value });
      }),
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
    setArchived: (archived) =>
      guarded(async (snapshot) => {
        const saved = await ctx.store.updatePlan({ ...snapshot.plan, archived }, ctx.versions.get(snapshot.plan.id)!);
        acceptPlan(snapshot, saved);
      }, NOT_ADMIN_ARCHIVE),
    searchDirectory: (query) =>
      query.trim().length < 2 ? Promise.resolve([]) : ctx.store.searchDirectory(query.trim()),
  };
}
