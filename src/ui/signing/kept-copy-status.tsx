import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { copyKey, type SignedCopy } from '../../state/signed-versions';
import { useStore } from '../common/use-store';
import { useSignedVersions } from './use-signed-versions';

function missingText(copy: SignedCopy): string {
  if (copy.status === 'failed') {
    return `Your sign-off is recorded, but a copy of the version you signed could not be kept in the plan’s documents. ${copy.message}`;
  }
  return copy.status === 'absent'
    ? 'No copy of the version you signed is kept in the plan’s documents yet.'
    : 'The plan’s documents could not be checked for a copy of the version you signed.';
}

/**
 * Where the copy of the version someone signed is kept, or that it is not, with a way to keep it
 * (again). The sign-off stands either way: it is in the plan's record.
 */
export function KeptCopyStatus({ snapshot, hash }: { snapshot: PlanSnapshot; hash: string }) {
  const { store, keep } = useSignedVersions();
  const planId = snapshot.plan.id;
  const copy = useStore(store, (s) => s.copies[copyKey(planId, hash)]);
  useEffect(() => void store.getState().lookUp(planId, hash), [store, planId, hash]);
  if (!copy || copy.status === 'looking' || copy.status === 'keeping') {
    const doing = copy?.status === 'keeping' ? 'Keeping a copy of' : 'Looking for the copy of';
    return <Spinner size="tiny" labelPosition="after" label={`${doing} the version you signed…`} />;
  }
  if (copy.status === 'kept') {
    return (
      <Text role="status">
        The version you signed is kept in the plan’s documents:{' '}
        <Link href={copy.copy.webUrl} target="_blank" rel="noopener noreferrer">
          {copy.copy.name}
        </Link>
      </Text>
    );
  }
  return (
    <MessageBar intent="warning" role={copy.status === 'failed' ? 'alert' : 'status'}>
      <MessageBarBody>{missingText(copy)}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void keep(snapshot, hash)}>
          {copy.status === 'failed' ? 'Try keeping the copy again' : 'Keep a copy now'}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
