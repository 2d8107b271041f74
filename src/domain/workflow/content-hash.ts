import type { AgencyKey } from '../agency';
import type { PlanSnapshot } from '../plan-snapshot';
import {
  canonicalContent,
  canonicalContentForAgency,
  type CanonicalContent,
  type ContentScope,
} from './canonical-content';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

/** The SHA-256 (hex) of canonical content's canonical JSON. */
export const hashOfCanonical = (content: CanonicalContent): string => sha256Hex(canonicalJson(content));

/** The hash a partnership or executive sign-off binds to. */
export const contentHash = (snapshot: PlanSnapshot): string => hashOfCanonical(canonicalContent(snapshot));

/** The hash an agency QA sign-off binds to. */
export const contentHashForAgency = (snapshot: PlanSnapshot, agency: AgencyKey): string =>
  hashOfCanonical(canonicalContentForAgency(snapshot, agency));

export const canonicalContentInScope = (snapshot: PlanSnapshot, scope: ContentScope): CanonicalContent =>
  scope.kind === 'plan' ? canonicalContent(snapshot) : canonicalContentForAgency(snapshot, scope.agency);

export const contentHashInScope = (snapshot: PlanSnapshot, scope: ContentScope): string =>
  hashOfCanonical(canonicalContentInScope(snapshot, scope));
