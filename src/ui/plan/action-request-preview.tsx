import { MessageBar, MessageBarBody, MessageBarTitle, TableCell, TableRow, Text } from '@fluentui/react-components';
import { areaNumbersText } from '../../domain/areas-awaiting-agency';
import type { ActionRequestPreview as Preview } from '../../domain/notifications/action-requests';
import { DataTable } from '../common/data-table';

/** Which owners would be asked for which areas, and the agencies with no owner to ask. */
export function ActionRequestPreview({ preview }: { preview: Preview }) {
  const nothing = preview.requests.length === 0 && preview.unreached.length === 0;
  return (
    <>
      <Text>
        Each owner of an agency the letter names in an area with no action from it yet is asked, in their inbox and in
        Teams, for their agency’s actions in those areas.
      </Text>
      {nothing && <Text weight="semibold">Every area has an action from each agency it names.</Text>}
      {preview.requests.length > 0 && (
        <DataTable label="Who will be asked" size="small" columns={['Person', 'Agency', 'Areas without its action']}>
          {preview.requests.map((r) => (
            <TableRow key={`${r.recipient.userId}-${r.agency.key}`}>
              <TableCell>{r.recipient.displayName}</TableCell>
              <TableCell>{r.agency.shortName}</TableCell>
              <TableCell>
                {r.areas.length}: {areaNumbersText(r.areas)}
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {preview.unreached.map((row) => (
        <MessageBar key={row.agency.key} intent="warning">
          <MessageBarBody>
            <MessageBarTitle>No {row.agency.shortName} owner to ask</MessageBarTitle>
            {row.agency.shortName} has no owner in the plan; add one on Agencies and people, or ask them yourself about{' '}
            {areaNumbersText(row.awaiting)}.
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
