import type { AgencyKey } from '../agency';
import type { PlanId } from '../ids';
import type { PlanSnapshot } from '../plan-snapshot';
import { agenciesWithActions, CANONICAL_VERSION, type ContentScope } from './canonical-content';
import { contentHash, contentHashForAgency, hashOfCanonical } from './content-hash';

/**
 * The hashes of a plan's signed content at one moment, small enough to keep in every entry that
 * depends on them: the whole plan's hash (partnership and executive sign-offs), each leading
 * agency's hash (its QA), and which agencies lead actions (whose QA collation waits for).
 */
export interface ContentFacts {
  readonly planId: PlanId;
  readonly plan: string;
  readonly agencies: Readonly<Record<string, string>>;
  readonly withActions: readonly AgencyKey[];
}

const memo = new WeakMap<PlanSnapshot, ContentFacts>();

/** The facts of the content as it is in `snapshot` (computed once per snapshot). */
export function contentFacts(snapshot: PlanSnapshot): ContentFacts {
  const known = memo.get(snapshot);
  if (known) return known;
  const withActions = agenciesWithActions(snapshot);
  const facts: ContentFacts = {
    planId: snapshot.plan.id,
    plan: contentHash(snapshot),
    agencies: Object.fromEntries(withActions.map((agency) => [agency, contentHashForAgency(snapshot, agency)])),
    withActions,
  };
  memo.set(snapshot, facts);
  return facts;
}

/** An agency that leads no actions has an empty scope; its hash is that of nothing. */
const emptyAgencyHash = (planId: PlanId, agency: AgencyKey): string =>
  hashOfCanonical({
    version: CANONICAL_VERSION,
    planId,
    scope: { kind: 'agency', agency },
    facts: null,
    findings: [],
    actions: [],
  });

/** The hash a sign-off of this scope binds to, given these facts. */
export function factsHash(facts: ContentFacts, scope: ContentScope): string {
  if (scope.kind === 'plan') return facts.plan;
  return facts.agencies[scope.agency] ?? emptyAgencyHash(facts.planId, scope.agency);
}

/** Whether two sets of facts describe the same content. */
export function sameFacts(a: ContentFacts, b: ContentFacts): boolean {
  if (a.planId !== b.planId || a.plan !== b.plan) return false;
  const keys = new Set([...Object.keys(a.agencies), ...Object.keys(b.agencies)]);
  return (
    [...keys].every(
      (k) => factsHash(a, { kind: 'agency', agency: k }) === factsHash(b, { kind: 'agency', agency: k }),
    ) && a.withActions.join('\n') === b.withActions.join('\n')
  );
}
