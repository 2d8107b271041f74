/**
 * The seed's clock for the emulator's stamps. It runs as real time until the seed sets it back to
 * when a step of the demo plan's story happened; from there each stamp is a millisecond later, so
 * stamps still grow with every write (item ids and change order rely on it). It never runs ahead
 * of real time, so whatever clients write after the seed is stamped later than all of it.
 */
export interface StoryClock {
  /** ISO 8601 in UTC to the millisecond, strictly later on every call. */
  now(): string;
  /** Stamps from here on start at this instant (or now, if that is earlier). */
  setTo(instant: string): void;
}

export function storyClock(realNow: () => number = Date.now): StoryClock {
  let last = 0;
  let story: number | null = null;
  return {
    now() {
      last = Math.max(Math.min(story ?? realNow(), realNow()), last + 1);
      if (story !== null) story = last;
      return new Date(last).toISOString();
    },
    setTo(instant) {
      const at = Date.parse(instant);
      if (Number.isNaN(at)) throw new RangeError(`Not an instant: ${instant}`);
      story = at;
    },
  };
}
