import { Link, Tooltip } from '@fluentui/react-components';
import type { FindingCountRow } from '../../domain/monitoring/status-counts';
import type { PlanId } from '../../domain/ids';
import { formatRoute } from '../routing/route';

/**
 * A finding's bar label: its short title, as a link to the finding in the plan. Hovering or
 * focusing it shows the letter's full words, which are also its accessible description.
 */
export function FindingBarLabel({ row, planId }: { row: FindingCountRow; planId: PlanId }) {
  return (
    <Tooltip content={`${row.reference}: ${row.text}`} relationship="description" withArrow>
      <Link href={formatRoute({ name: 'plan', planId, findingId: row.key })}>{row.label}</Link>
    </Tooltip>
  );
}
