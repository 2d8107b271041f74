import { Badge, type BadgeProps } from '@fluentui/react-components';
import { ACTION_STATUS_META, type ActionStatus, type Rag } from '../../domain/action';

const RAG_COLOR: Record<Rag, BadgeProps['color']> = {
  grey: 'subtle',
  green: 'success',
  amber: 'warning',
  red: 'danger',
  blue: 'brand',
};

/** Status as RAG colour and words: the colour is never the only signal. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const meta = ACTION_STATUS_META[status];
  return (
    <Badge appearance="filled" color={RAG_COLOR[meta.rag]} shape="rounded">
      {meta.label}
    </Badge>
  );
}
