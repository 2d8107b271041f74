import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { PlanId } from '../../domain/ids';
import { signatureRequest } from '../../domain/workflow/signature-request';
import { useServices } from '../app-services';
import { usePick } from '../common/use-store';

/** The view loads only for someone asked to sign: most people who open a plan never are. */
const ReadyToSign = lazy(() =>
  import(/* webpackChunkName: "signing" */ './ready-to-sign').then((m) => ({ default: m.ReadyToSign })),
);

/**
 * Shows "Ready for your signature" once the plan waits for the signed-in person's signature, and
 * keeps it for the rest of the visit so it can say what became of their decision.
 */
export function ReadyToSignGate(props: { planId: PlanId; onGovernanceTab: boolean }) {
  const { planView } = useServices();
  const { snapshot, governance, me } = usePick(planView, 'snapshot', 'governance', 'me');
  const [shown, setShown] = useState(false);
  const asked = snapshot !== null && governance !== null && signatureRequest(governance, snapshot, me) !== null;
  if (asked && !shown) setShown(true);
  if (!shown && !asked) return null;
  return (
    <Suspense fallback={<Spinner label="Loading what you are asked to sign…" />}>
      <ReadyToSign {...props} />
    </Suspense>
  );
}
