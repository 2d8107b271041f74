import { Button, Text } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { SlotStatus } from '../../domain/workflow/sign-off-status';
import { READY_TO_SIGN_HEADING_ID } from '../signing/ready-to-sign-anchor';
import { ChangesSinceSigning } from './changes-since-signing';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';

/** Where the version signed is kept: loaded with the signer's view, not with every plan. */
const KeptCopyStatus = lazy(() =>
  import(/* webpackChunkName: "signing" */ '../signing/kept-copy-status').then((m) => ({ default: m.KeptCopyStatus })),
);

/** Takes the signer to "Ready for your signature" at the top of the page (focus scrolls to it), where they decide. */
const goToDecision = () => document.getElementById(READY_TO_SIGN_HEADING_ID)?.focus();

/**
 * The signed-in signer's own part: their standing approval (and where the version they signed
 * is kept), a pointer to their decision while the plan waits for it, or why there is nothing to
 * sign (with what changed since they last signed).
 */
export function SignerBox(props: {
  readonly view: GovernanceView;
  readonly headingId: string;
  readonly heading: string;
  readonly status: SlotStatus;
  readonly open: boolean;
  readonly closedText: string;
}) {
  const styles = useGovernanceStyles();
  const { status, view } = props;
  const outdated = status.latest !== null && (status.state === 'changed-since-approval' || status.state === 'awaiting');
  const approved = status.state === 'approved' ? status.latest : null;
  return (
    <section className={styles.yours} aria-labelledby={props.headingId}>
      <Text as="h4" id={props.headingId} weight="semibold">
        {props.heading}
      </Text>
      {approved ? (
        <>
          <Text>You approved this version of the plan on {whenText(approved.at)}.</Text>
          <Suspense fallback={null}>
            <KeptCopyStatus snapshot={view.snapshot} hash={approved.contentHash} />
          </Suspense>
        </>
      ) : props.open ? (
        <div className={styles.column}>
          <Text>Your decision is asked for at the top of this page, under “Ready for your signature”.</Text>
          <div>
            <Button onClick={goToDecision}>Go to your decision</Button>
          </div>
        </div>
      ) : (
        <>
          {outdated && status.latest && <ChangesSinceSigning signOff={status.latest} view={view} />}
          <Text>{props.closedText}</Text>
        </>
      )}
    </section>
  );
}
