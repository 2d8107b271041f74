import type { BuildEnv } from './config';

/** With a look taking a second or two, others' changes show within about 22 seconds at worst. */
export const DEFAULT_LIVE_CHANGES_MS = 20_000;
const MIN_SECONDS = 1;
const MAX_SECONDS = 300;

/**
 * How often an open plan looks for others' changes: `JTAI_LIVE_CHANGES_SECONDS` at build time, or
 * (local builds only, for tests and benchmarks) `?liveSeconds=` in the page's address; kept within
 * 1 second to 5 minutes. Each look of an idle plan is one request.
 */
export function liveChangesInterval(env: BuildEnv, search: string, local: boolean): number {
  const asked = (local ? new URLSearchParams(search).get('liveSeconds') : null) ?? env.JTAI_LIVE_CHANGES_SECONDS;
  const seconds = Number(asked);
  if (asked === undefined || asked === null || asked.trim() === '' || !Number.isFinite(seconds)) {
    return DEFAULT_LIVE_CHANGES_MS;
  }
  return Math.round(Math.min(Math.max(seconds, MIN_SECONDS), MAX_SECONDS) * 1000);
}
