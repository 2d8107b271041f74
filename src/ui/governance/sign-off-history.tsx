import { TableCell, TableRow, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { agencyLabel } from '../../domain/agency';
import { ROLE_LABEL } from '../../domain/member';
import type { SignOff } from '../../domain/sign-off';
import { STAGE_LABEL } from '../../domain/workflow/stage-vocabulary';
import { contentHashInScope } from '../../domain/workflow/content-hash';
import type { PlanSnapshot } from '../../domain/plan-snapshot';
import { signOffScope } from '../../domain/workflow/sign-off-status';
import { useServices } from '../app-services';
import { signedVersionsOf } from '../signing/signed-versions-of';
import { useGovernanceStyles } from './governance.styles';
import { whenText, type GovernanceView } from './governance-view';
import { contentReference } from '../../domain/workflow/signed-version';
import { DataTable } from '../common/data-table';

/** The Word document of each version signed: loaded with the signer's view, not with every plan. */
const SignedVersionCell = lazy(() =>
  import(/* webpackChunkName: "signing" */ './signed-version-cell').then((m) => ({ default: m.SignedVersionCell })),
);

/** Hashing a large plan is not free: each scope is hashed once per version of the plan. */
const hashes = new WeakMap<PlanSnapshot, Map<string, string>>();

function currentHash(snapshot: PlanSnapshot, signOff: SignOff): string {
  const scope = signOffScope(signOff);
  const key = scope.kind === 'plan' ? 'plan' : `agency:${scope.agency}`;
  const known = hashes.get(snapshot) ?? new Map<string, string>();
  hashes.set(snapshot, known);
  const hash = known.get(key) ?? contentHashInScope(snapshot, scope);
  known.set(key, hash);
  return hash;
}

function standing(signOff: SignOff, view: GovernanceView): string {
  const supersession = view.governance.supersessions.find((s) => s.signOffId === signOff.id);
  if (supersession) {
    return `Superseded on ${whenText(supersession.supersededAt)} after a change by ${supersession.supersededBy.name}`;
  }
  return isCurrent(view.snapshot, signOff) ? 'Current' : 'No longer matches the plan';
}

const isCurrent = (snapshot: PlanSnapshot, signOff: SignOff) => currentHash(snapshot, signOff) === signOff.contentHash;

/** Asks the library, once for each version of the whole plan someone signed, whether it keeps its copy. */
function useKeptCopies(view: GovernanceView) {
  const { submissionLibrary } = useServices();
  const planId = view.snapshot.plan.id;
  const wholePlan = view.governance.signOffs.filter((s) => s.agency === null).map((s) => s.contentHash);
  const wanted = [...new Set(wholePlan)].join(' ');
  useEffect(() => {
    for (const hash of wanted.split(' ').filter(Boolean))
      void signedVersionsOf(submissionLibrary).getState().lookUp(planId, hash);
  }, [submissionLibrary, planId, wanted]);
}

/** Every sign-off ever made, with who, role, when, decision and the content it bound to; none is deleted. */
export function SignOffHistory({ view }: { view: GovernanceView }) {
  const styles = useGovernanceStyles();
  const { signOffs } = view.governance;
  useKeptCopies(view);
  return (
    <section className={styles.section} aria-labelledby="signoffs-heading">
      <Text as="h3" id="signoffs-heading" size={400} weight="semibold">
        Sign-offs ({signOffs.length})
      </Text>
      {signOffs.length === 0 ? (
        <Text>No one has signed yet.</Text>
      ) : (
        <div className={styles.column}>
          <Text>
            Who signed and when are as SharePoint recorded them when each sign-off was added; each counts only in a role
            the person held in the plan at that moment.
          </Text>
          <DataTable
            label="Sign-offs"
            size="small"
            columns={['Who', 'Role', 'Stage', 'Decision', 'When', 'Content signed', 'Standing']}
          >
            {signOffs.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.name}</TableCell>
                <TableCell>
                  {ROLE_LABEL[s.role]}
                  {s.agency ? ` (${agencyLabel(view.snapshot.plan.agencies, s.agency)})` : ''}
                </TableCell>
                <TableCell>{STAGE_LABEL[s.stage]}</TableCell>
                <TableCell>
                  {s.decision === 'approve' ? 'Approved' : 'Returned'}
                  {s.comment ? `: ${s.comment}` : ''}
                </TableCell>
                <TableCell>{whenText(s.at)}</TableCell>
                <TableCell>
                  <Suspense fallback={<Text>Content reference {contentReference(s.contentHash)}</Text>}>
                    <SignedVersionCell signOff={s} snapshot={view.snapshot} current={isCurrent(view.snapshot, s)} />
                  </Suspense>
                </TableCell>
                <TableCell>{standing(s, view)}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
