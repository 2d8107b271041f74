import { Button, TableCell, TableRow, Text } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { ROLE_LABEL } from '../../domain/member';
import { auditCsv } from '../../domain/workflow/audit-csv';
import { AUDIT_KIND_LABEL, type AuditEvent } from '../../domain/workflow/audit-event';
import { entryLabel } from '../../domain/workflow/entry-label';
import type { EntryVerdict } from '../../domain/workflow/replay-governance';
import { stageLabel, type StageChain } from '../../domain/workflow/stage-chain';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';
import { DataTable } from '../common/data-table';

/** A BOM so Excel reads the file as UTF-8 (names with accents, curly quotes). */
const BOM = '\uFEFF';

const notCountedOf = (view: GovernanceView): readonly EntryVerdict[] =>
  view.trust?.verdicts.filter((v) => !v.counted) ?? [];

function download(view: GovernanceView) {
  const csv = BOM + auditCsv(view.governance, view.snapshot.plan.agencies, notCountedOf(view));
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${view.snapshot.plan.title.replace(/[\\/:*?"<>|]+/g, '-')} audit trail ${view.today}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Line =
  | { readonly kind: 'counted'; readonly event: AuditEvent }
  | { readonly kind: 'not-counted'; readonly verdict: EntryVerdict };

const atOf = (line: Line) => (line.kind === 'counted' ? line.event.at : line.verdict.entry.at);

/** What counted and what did not, newest first. */
function linesOf(view: GovernanceView): Line[] {
  const lines: Line[] = [
    ...view.governance.audit.map((event) => ({ kind: 'counted' as const, event })),
    ...notCountedOf(view).map((verdict) => ({ kind: 'not-counted' as const, verdict })),
  ];
  return lines.sort((a, b) => (atOf(a) < atOf(b) ? -1 : atOf(a) > atOf(b) ? 1 : 0)).reverse();
}

function LineRow({ line, chain }: { line: Line; chain: StageChain }) {
  const styles = useGovernanceStyles();
  if (line.kind === 'counted') {
    const e = line.event;
    return (
      <TableRow>
        <TableCell>{whenText(e.at)}</TableCell>
        <TableCell>
          {e.actor.name} ({ROLE_LABEL[e.actor.role]})
        </TableCell>
        <TableCell>{AUDIT_KIND_LABEL[e.kind]}</TableCell>
        <TableCell>{stageLabel(chain, e.stage)}</TableCell>
        <TableCell>{e.summary}</TableCell>
      </TableRow>
    );
  }
  const { entry, reason } = line.verdict;
  return (
    <TableRow className={styles.notCounted}>
      <TableCell>{whenText(entry.at)}</TableCell>
      <TableCell>{entry.author.name}</TableCell>
      <TableCell>
        <strong>Not counted</strong>: {entryLabel(entry)}
      </TableCell>
      <TableCell>—</TableCell>
      <TableCell>{reason}</TableCell>
    </TableRow>
  );
}

/**
 * Every workflow event with who did it (as SharePoint recorded them) and when, newest first,
 * with each entry of the record that did not count and why; the whole trail as CSV.
 */
export function AuditTrail({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const lines = linesOf(view);
  const notCounted = lines.filter((l) => l.kind === 'not-counted').length;
  const counted = lines.length - notCounted;
  return (
    <section className={styles.section} aria-labelledby="audit-heading">
      <Text as="h3" id="audit-heading" size={400} weight="semibold">
        Audit trail ({counted} event{counted === 1 ? '' : 's'}
        {notCounted > 0 ? `, ${notCounted} not counted` : ''})
      </Text>
      <div>
        <Button icon={<ArrowDownloadRegular />} onClick={() => download(view)}>
          Download audit trail (CSV)
        </Button>
      </div>
      {lines.length === 0 ? (
        <Text>Nothing has happened in the sign-off yet.</Text>
      ) : (
        <DataTable
          label="Audit trail, newest first"
          size="small"
          columns={['When', 'Who (as SharePoint recorded)', 'Event', 'Stage', 'Details']}
        >
          {lines.map((line) => (
            <LineRow
              key={
                line.kind === 'counted' ? line.event.id : `x-${line.verdict.entry.id}-${line.verdict.entry.position}`
              }
              line={line}
              chain={view.governance.chain}
            />
          ))}
        </DataTable>
      )}
    </section>
  );
}
