import { Link, TableCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import { MailRegular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import { agencyLabel, type AgencyKey } from '../../domain/agency';
import { areasAwaitingAgency, areasAwaitingEachAgency, type AreaAwaiting } from '../../domain/areas-awaiting-agency';
import { FINDING_TYPE_PLURAL, FINDING_TYPES } from '../../domain/finding';
import { findingShortTitle } from '../../domain/finding-title';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { DataTable } from '../common/data-table';
import { framed } from '../common/frame';
import { plainList, row, stack } from '../common/stack';
import { formatRoute } from '../routing/route';
import { AddActionButton } from './add-action-button';
import { ActionRequestPreview } from './action-request-preview';
import { actionRequestCommands } from '../../state/notification-batches';
import { useServices } from '../app-services';
import { SendBatch } from '../common/send-batch';

const useStyles = makeStyles({
  section: stack('S'),
  list: plainList('S'),
  item: { ...row('M'), ...framed('M') },
  text: { flex: '1 1 420px', ...stack('XXS') },
  count: { width: '10rem' },
  numbers: stack('XXS'),
});

const areaLink = (snapshot: PlanSnapshot, area: AreaAwaiting) =>
  formatRoute({ name: 'plan', planId: snapshot.plan.id, findingId: area.finding.id });

/**
 * The areas the letter names an agency in that have no action from it yet: what its owners still have
 * to write while the plan is drafted. Those who may add one (owners) do it from here; QA leads see what
 * is to come.
 */
export function AreasAwaitingAgency(props: { snapshot: PlanSnapshot; agency: AgencyKey; canAdd: boolean }) {
  const styles = useStyles();
  const { snapshot, agency } = props;
  const areas = areasAwaitingAgency(snapshot, agency);
  if (areas.length === 0) return null;
  const name = agencyLabel(snapshot.plan.agencies, agency);
  return (
    <section className={styles.section} aria-labelledby="areas-awaiting-heading">
      <Text as="h3" id="areas-awaiting-heading" weight="semibold" block>
        Areas naming {name} with no {name} action yet ({areas.length})
      </Text>
      <Text>
        The letter names {name} in these areas, and no action yet has {name} leading or contributing.{' '}
        {props.canAdd ? 'Add one' : `${name} owners can add one`}, or ask the DCS’s team if another agency’s action
        covers it.
      </Text>
      <ul className={styles.list}>
        {areas.map((area) => (
          <li key={area.finding.id} className={styles.item}>
            <div className={styles.text}>
              <Link href={areaLink(snapshot, area)}>
                {area.reference}: {findingShortTitle(area.finding)}
              </Link>
              <Text size={200}>
                Names {area.finding.agencies.map((key) => agencyLabel(snapshot.plan.agencies, key)).join(', ')}
              </Text>
            </div>
            <AddActionButton finding={area.finding} reference={area.reference} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** For the DCS's team: each agency's areas still without its action, to allocate and chase. */
export function AreasAwaitingEachAgency({ snapshot }: { snapshot: PlanSnapshot }) {
  const styles = useStyles();
  const rows = areasAwaitingEachAgency(snapshot).filter((r) => r.named > 0);
  const waiting = rows.filter((r) => r.awaiting.length > 0).length;
  if (waiting === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="areas-awaiting-heading">
      <Text as="h3" id="areas-awaiting-heading" weight="semibold" block>
        Areas still waiting for an agency’s action
      </Text>
      <Text>
        The areas the letter names each agency in, and those where no action yet has that agency leading or
        contributing.
      </Text>
      <DataTable
        label="Areas still waiting for an agency’s action"
        size="small"
        columns={['Agency', 'Areas naming it', 'Still without its action']}
        minWidthRem={36}
        headingClassNames={{ Agency: styles.count, 'Areas naming it': styles.count }}
      >
        {rows.map(({ agency, named, awaiting }) => (
          <TableRow key={agency.key}>
            <TableCell>{agency.shortName}</TableCell>
            <TableCell>{named}</TableCell>
            <TableCell>
              {awaiting.length === 0 ? 'None' : <AreaNumbers snapshot={snapshot} areas={awaiting} />}
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      <AskForActions snapshot={snapshot} />
    </section>
  );
}

const requests = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

/** Asks each agency's owners, in their inbox and in Teams, for actions in the areas that await it. */
function AskForActions({ snapshot }: { snapshot: PlanSnapshot }) {
  const { reminders } = useServices();
  if (!reminders) return null;
  return (
    <SendBatch
      snapshot={snapshot}
      commands={actionRequestCommands(reminders)}
      label="Ask owners for their actions"
      icon={<MailRegular />}
      counted={requests}
      failedTitle="The requests were not all sent"
      preview={(preview) => <ActionRequestPreview preview={preview} />}
    />
  );
}

/** "Areas for improvement 2, 3, 7", type by type, each number a link named in full ("Area for improvement 2"). */
function AreaNumbers({ snapshot, areas }: { snapshot: PlanSnapshot; areas: readonly AreaAwaiting[] }) {
  const styles = useStyles();
  return (
    <span className={styles.numbers}>
      {FINDING_TYPES.map((type) => {
        const ofType = areas.filter((area) => area.finding.type === type);
        if (ofType.length === 0) return null;
        return (
          <span key={type}>
            {FINDING_TYPE_PLURAL[type]}{' '}
            {ofType.map((area, i) => (
              <Fragment key={area.finding.id}>
                {i > 0 && ', '}
                <Link
                  href={areaLink(snapshot, area)}
                  aria-label={area.reference}
                  title={findingShortTitle(area.finding)}
                >
                  {area.number}
                </Link>
              </Fragment>
            ))}
          </span>
        );
      })}
    </span>
  );
}
