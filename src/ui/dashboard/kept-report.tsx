import { Link, Spinner, Text } from '@fluentui/react-components';
import type { LibraryOutcome } from '../../state/submission-library';

/** Where the report just built is kept for the board, as it is being kept, or why it is not. */
export type KeptReport = { readonly status: 'keeping' } | LibraryOutcome;

export function KeptReportLine({ kept }: { kept: KeptReport | null }) {
  if (!kept) return null;
  if (kept.status === 'keeping')
    return <Spinner size="tiny" labelPosition="after" label="Keeping a copy in the plan’s documents…" />;
  if (kept.status === 'saved')
    return (
      <Text block>
        Kept in the plan’s documents as version {kept.copy.version}, where the board can open it:{' '}
        <Link href={kept.copy.webUrl} target="_blank" rel="noopener noreferrer">
          open the kept copy
        </Link>
      </Text>
    );
  return <Text block>Not kept in the plan’s documents: {kept.message} The download is not affected.</Text>;
}
