import { Button, Link, Text } from '@fluentui/react-components';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import type { SignOff } from '../../domain/sign-off';
import { contentReference } from '../../domain/workflow/signed-version';
import { copyKey } from '../../state/signed-versions';
import { useCommand } from '../common/use-command';
import { useStore } from '../common/use-store';
import { saveToDevice } from '../common/save-to-device';
import { useSignedVersions } from '../signing/use-signed-versions';
import { useGovernanceStyles } from './governance.styles';

/** Builds the Word document of the plan as it is now (the content the sign-off still matches) and downloads it. */
function BuildAgain({ snapshot }: { snapshot: PlanSnapshot }) {
  const versions = useSignedVersions();
  const build = useCommand(
    async () => {
      try {
        saveToDevice(await versions.document(snapshot));
        return { status: 'built' } as const;
      } catch {
        return { status: 'failed', message: 'The document could not be built; try again.' } as const;
      }
    },
    { success: 'built' },
  );
  return (
    <>
      <Button size="small" onClick={() => void build.run()} disabledFocusable={build.busy}>
        {build.busy ? 'Building the Word document…' : 'Build this version again'}
      </Button>
      {build.problem && <Text role="alert"> {build.problem}</Text>}
    </>
  );
}

/**
 * The content a sign-off bound to, in words, with the Word document of it: the copy the library
 * keeps, or, while the plan still has that content, one built again. An agency's QA binds to its
 * actions only, which no single document holds.
 */
export function SignedVersionCell(props: { signOff: SignOff; snapshot: PlanSnapshot; current: boolean }) {
  const styles = useGovernanceStyles();
  const { signOff, snapshot } = props;
  const copy = useStore(useSignedVersions().store, (s) => s.copies[copyKey(snapshot.plan.id, signOff.contentHash)]);
  const wholePlan = signOff.agency === null;
  return (
    <div className={styles.column}>
      <Text>
        Content reference <span className={styles.hash}>{contentReference(signOff.contentHash)}</span>
      </Text>
      {wholePlan && copy?.status === 'kept' ? (
        <Link href={copy.copy.webUrl} target="_blank" rel="noopener noreferrer">
          {copy.copy.name}
        </Link>
      ) : wholePlan && props.current && copy?.status !== 'looking' ? (
        <div>
          <BuildAgain snapshot={snapshot} />
        </div>
      ) : null}
    </div>
  );
}
