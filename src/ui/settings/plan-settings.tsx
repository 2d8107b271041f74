import { Text, makeStyles } from '@fluentui/react-components';
import type { Member } from '../../domain/member';
import { isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { AgenciesEditor } from './agencies-editor';
import { ArchivePlanSection } from './archive-plan-section';
import { MembersEditor } from './members-editor';
import { stack } from '../common/stack';

const useStyles = makeStyles({ page: stack('XXL') });

/** Plan admins set the partner agencies and who plays which part, and archive the plan; everyone else is told why they cannot. */
export function PlanSettings({ snapshot, me }: { snapshot: PlanSnapshot; me: Member | null }) {
  const styles = useStyles();
  if (!isPlanAdmin(me))
    return (
      <Text>Only the plan admins (the DCS and the improvement lead) can change the plan’s agencies and members.</Text>
    );
  return (
    <div className={styles.page}>
      <AgenciesEditor snapshot={snapshot} />
      <MembersEditor snapshot={snapshot} />
      <ArchivePlanSection plan={snapshot.plan} />
    </div>
  );
}
