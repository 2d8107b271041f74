import { Button, Text } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
import { ROLE_LABEL, type Role } from '../../domain/member';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { SignOff, SignOffDecision } from '../../domain/sign-off';
import type { Governance } from '../../domain/workflow/governance';
import { contentReference } from '../../domain/workflow/signed-version';
import { stageDisplayLabel } from '../../domain/workflow/stage-display';
import { whenText } from '../governance/governance-view';
import { KeptCopyStatus } from './kept-copy-status';
import { useSigningStyles } from './signing.styles';

/** A decision the signer has just made from the view, as the plan's record took it. */
export interface SigningDecision {
  readonly decision: SignOffDecision;
  readonly role: Role;
  /** The plan as it was when they decided: the content signed. */
  readonly snapshot: PlanSnapshot;
  readonly hash: string;
  /** The sign-off as recorded (who and when, as SharePoint stamped them); null if not read back yet. */
  readonly signOff: SignOff | null;
}

function summary(done: SigningDecision): string {
  const who = done.signOff ? `${done.signOff.name} (${ROLE_LABEL[done.role]})` : ROLE_LABEL[done.role];
  const when = done.signOff ? ` on ${whenText(done.signOff.at)}` : '';
  const what = done.decision === 'approve' ? 'Approved' : 'Returned for amendment';
  return `${what} by ${who}${when}. Content reference ${contentReference(done.hash)}.`;
}

/** Says the decision was recorded (who, when, the content reference), then keeps out of the way. */
export function SigningDone(props: { done: SigningDecision; governance: Governance | null; onDismiss: () => void }) {
  const styles = useSigningStyles();
  const { done, governance } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that had focus is gone: the confirmation takes it, so keyboard and screen reader users hear it.
  useLayoutEffect(() => heading.current?.focus(), []);
  const now = governance ? ` The plan is now at ${stageDisplayLabel(governance, governance.stage)}.` : '';
  return (
    <section className={styles.view} aria-labelledby="signing-done-heading">
      <Text as="h2" id="signing-done-heading" size={500} weight="semibold" ref={heading} tabIndex={-1}>
        {done.decision === 'approve' ? 'Your signature is recorded' : 'You returned the plan for amendment'}
      </Text>
      <Text>
        {summary(done)}
        {now}
      </Text>
      {done.decision === 'approve' && <KeptCopyStatus snapshot={done.snapshot} hash={done.hash} />}
      <div>
        <Button onClick={props.onDismiss}>Dismiss</Button>
      </div>
    </section>
  );
}
