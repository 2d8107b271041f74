import { Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { SlotStatus } from '../../domain/workflow/sign-off-status';
import { ChangesSinceSigning } from './changes-since-signing';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';

/**
 * The signed-in signer's own part: what changed since they last signed, then either their
 * standing approval, the form (when their stage is open), or why there is nothing to sign.
 */
export function SignerBox(props: {
  readonly view: GovernanceView;
  readonly headingId: string;
  readonly heading: string;
  readonly status: SlotStatus;
  readonly open: boolean;
  readonly closedText: string;
  readonly children: ReactNode;
}) {
  const styles = useGovernanceStyles();
  const { status } = props;
  const outdated = status.latest !== null && (status.state === 'changed-since-approval' || status.state === 'awaiting');
  return (
    <section className={styles.yours} aria-labelledby={props.headingId}>
      <Text as="h4" id={props.headingId} weight="semibold">
        {props.heading}
      </Text>
      {outdated && status.latest && <ChangesSinceSigning signOff={status.latest} view={props.view} />}
      {status.state === 'approved' && status.latest ? (
        <Text>You approved this version of the plan on {whenText(status.latest.at)}.</Text>
      ) : props.open ? (
        props.children
      ) : (
        <Text>{props.closedText}</Text>
      )}
    </section>
  );
}
