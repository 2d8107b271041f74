import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { AgencyKey } from '../agency';
import type { PlanSnapshot } from '../plan-snapshot';
import {
  canonicalContent,
  canonicalContentForAgency,
  type CanonicalContent,
  type ContentScope,
} from './canonical-content';
import { canonicalJson } from './canonical-json';

/**
 * The SHA-256 (hex) of canonical content's canonical JSON: synchronous and identical in the browser,
 * Node and the emulator (Web Crypto is async and absent from insecure contexts; node:crypto is Node only).
 */
export const hashOfCanonical = (content: CanonicalContent): string =>
  bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));

/** The hash a partnership or executive sign-off binds to. */
export const contentHash = (snapshot: PlanSnapshot): string => hashOfCanonical(canonicalContent(snapshot));

/** The hash an agency QA sign-off binds to. */
export const contentHashForAgency = (snapshot: PlanSnapshot, agency: AgencyKey): string =>
  hashOfCanonical(canonicalContentForAgency(snapshot, agency));

export const canonicalContentInScope = (snapshot: PlanSnapshot, scope: ContentScope): CanonicalContent =>
  scope.kind === 'plan' ? canonicalContent(snapshot) : canonicalContentForAgency(snapshot, scope.agency);

export const contentHashInScope = (snapshot: PlanSnapshot, scope: ContentScope): string =>
  hashOfCanonical(canonicalContentInScope(snapshot, scope));
