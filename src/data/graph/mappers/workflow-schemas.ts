import * as v from 'valibot';
import { isRole } from '../../../domain/member';
import { isCustomStageKey, isStageKey, STAGE_KINDS } from '../../../domain/workflow/stage-vocabulary';
import { guarded, ISO_DATE } from './value-schemas';

/**
 * Schemas for workflow values read back from JSON. Stored JSON may have been edited by hand or
 * written by another version, so nothing is trusted until it has passed one of these.
 */

export const ROLE = guarded(isRole);

export const CHAIN_STAGE_KEY = v.union([guarded(isStageKey), guarded(isCustomStageKey)]);

export const STAGE_CONFIG = v.object({
  key: CHAIN_STAGE_KEY,
  label: v.string(),
  kind: v.picklist(STAGE_KINDS),
  skipped: v.boolean(),
});

export const PRINCIPAL = v.variant('kind', [
  v.object({ kind: v.literal('role'), role: ROLE }),
  v.object({ kind: v.literal('member'), memberId: v.string() }),
]);

export const DUE_DATE = v.object({ stage: CHAIN_STAGE_KEY, date: ISO_DATE });
