import { Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import { isPlanAdmin } from '../../domain/permissions';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { useServices } from '../app-services';
import { useStore } from '../common/use-store';
import { exportReadiness } from './export-readiness';
import { StatementGapsBar } from './statement-gaps-bar';
import { StatementTextEditor } from './statement-text-editor';
import { SubmissionExport } from './submission-export';
import { StatementReader } from './statement-reader';
import { stack } from '../common/stack';

const useStyles = makeStyles({
  page: { ...stack('M'), maxWidth: '720px' },
  export: stack('M'),
});

/** The written statement of action: its texts, what it still lacks, and the Word and Excel export. */
export function SubmissionPanel({ snapshot }: { snapshot: PlanSnapshot }) {
  const styles = useStyles();
  const { planView } = useServices();
  const governance = useStore(planView, (s) => s.governance);
  const me = useStore(planView, (s) => s.me);
  const readiness = useMemo(() => (governance ? exportReadiness(snapshot, governance) : null), [snapshot, governance]);
  if (!governance || !readiness) return <Spinner label="Loading the sign-off…" />;
  const approved = readiness.signOffs.some((s) => s.stage !== 'agency-qa' && s.decision === 'approve');

  return (
    <section className={styles.page} aria-labelledby="submission-heading">
      <Text as="h2" id="submission-heading" size={500} weight="semibold">
        Written statement of action
      </Text>
      <Text>
        One Word document for the partnership to sign and send to Ofsted, and an Excel workbook with every action, built
        from the plan as it stands.{' '}
        {readiness.final
          ? 'Every sign-off is complete.'
          : 'Until every sign-off is complete the document is marked DRAFT on every page.'}
      </Text>
      <StatementTextEditor
        snapshot={snapshot}
        chain={governance.chain}
        editable={isPlanAdmin(me)}
        approved={approved}
      />
      <StatementReader
        snapshot={snapshot}
        version={snapshot}
        label="Read the statement as it stands"
        final={readiness.final}
        changedMessage="Show it as it is now to read the latest."
      />
      <section className={styles.export} aria-labelledby="export-heading">
        <Text as="h3" id="export-heading" size={400} weight="semibold">
          Export
        </Text>
        <StatementGapsBar gaps={readiness.gaps} />
        <SubmissionExport snapshot={snapshot} chain={governance.chain} readiness={readiness} />
      </section>
    </section>
  );
}
