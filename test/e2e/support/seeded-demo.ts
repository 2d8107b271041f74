import { londonDateOf } from '../../../src/domain/dates';
import { shiftDemoDates, type DemoPlan } from '../../../src/emulator/seed/demo-plan-in-flight';
import { serverReadyAt } from './app-under-test';

/** The demo plan as this file's emulator seeded it: dated around the day it started. */
export function seededDemo(): DemoPlan {
  return shiftDemoDates(londonDateOf(new Date(serverReadyAt)));
}
