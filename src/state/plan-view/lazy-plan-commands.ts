import { lazyMethods } from '../on-first-use';
import type { AdminCommands, AdminContext } from './admin-commands';
import type { FindingCommands, FindingContext } from './finding-commands';

/**
 * Plan admins' commands load with the first use (the settings or submission screens), not with the
 * first view. A dropped connection then is a `failed` outcome that says so; nothing is lost.
 */
export const lazyAdminCommands = (context: AdminContext): AdminCommands =>
  lazyMethods(
    async () => (await import(/* webpackChunkName: "plan-admin" */ './admin-commands')).adminCommands(context),
    {
      saveAgencies: 'outcome',
      addMember: 'outcome',
      changeMember: 'outcome',
      removeMember: 'outcome',
      // The people picker says when a search cannot be made.
      searchDirectory: 'throws',
      setArchived: 'outcome',
      saveStatementText: 'outcome',
    },
  );

/** Only plan admins change findings: their commands load with the first change, not with the first view. */
export const lazyFindingCommands = (context: FindingContext): FindingCommands =>
  lazyMethods(
    async () => (await import(/* webpackChunkName: "plan-findings" */ './finding-commands')).findingCommands(context),
    { addFinding: 'outcome', editFinding: 'outcome', deleteFinding: 'outcome' },
  );
