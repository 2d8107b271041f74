import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { ROLE_LABEL } from '../../domain/member';
import { auditCsv } from '../../domain/workflow/audit-csv';
import { AUDIT_KIND_LABEL } from '../../domain/workflow/audit-event';
import { stageLabel } from '../../domain/workflow/stage-chain';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';

/** A BOM so Excel reads the file as UTF-8 (names with accents, curly quotes). */
const BOM = '\uFEFF';

function download(view: GovernanceView) {
  const csv = BOM + auditCsv(view.governance, view.snapshot.plan.agencies);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${view.snapshot.plan.title.replace(/[\\/:*?"<>|]+/g, '-')} audit trail ${view.today}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every workflow event with who did it and when, newest first, and the whole trail as CSV. */
export function AuditTrail({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const { audit, chain } = view.governance;
  return (
    <section className={styles.section} aria-labelledby="audit-heading">
      <Text as="h3" id="audit-heading" size={400} weight="semibold">
        Audit trail ({audit.length} event{audit.length === 1 ? '' : 's'})
      </Text>
      <div>
        <Button icon={<ArrowDownloadRegular />} onClick={() => download(view)}>
          Download audit trail (CSV)
        </Button>
      </div>
      {audit.length === 0 ? (
        <Text>Nothing has happened in the sign-off yet.</Text>
      ) : (
        <div className={styles.tableScroll}>
          <Table aria-label="Audit trail, newest first" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>When</TableHeaderCell>
                <TableHeaderCell>Who</TableHeaderCell>
                <TableHeaderCell>Event</TableHeaderCell>
                <TableHeaderCell>Stage</TableHeaderCell>
                <TableHeaderCell>Details</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...audit].reverse().map((e) => (
                <TableRow key={e.id}>
                  <TableCell>{whenText(e.at)}</TableCell>
                  <TableCell>
                    {e.actor.name} ({ROLE_LABEL[e.actor.role]})
                  </TableCell>
                  <TableCell>{AUDIT_KIND_LABEL[e.kind]}</TableCell>
                  <TableCell>{stageLabel(chain, e.stage)}</TableCell>
                  <TableCell>{e.summary}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
