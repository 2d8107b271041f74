import { inject } from 'vitest';
import { londonDateOf } from '../../../src/domain/dates';
import { shiftDemoDates, type DemoPlan } from '../../../src/emulator/seed/demo-plan-in-flight';

/** The demo plan as the dev server seeded it: dated around the day the server started. */
export function seededDemo(): DemoPlan {
  return shiftDemoDates(londonDateOf(new Date(inject('serverReadyAt'))));
}
