import { vi } from 'vitest';

/** One Graph request as the page sent it, placed in the order of events (not in time). */
export interface RecordedRequest {
  readonly url: string;
  /** How many requests, this one included, form the longest chain of which each was sent after the one before answered. */
  readonly depth: number;
  /** Whether it reads the site's lists (their ids), with or without the site. */
  readonly isListsRead: boolean;
  /** Whether it had answered before the given moment. */
  before(moment: number): boolean;
}

export interface RoundTripLog {
  /** The current moment, to compare requests with. */
  now(): number;
  requests(): readonly RecordedRequest[];
  /** The longest chain of requests, each sent after the one before answered, that had answered by `moment`. */
  sequentialBefore(moment: number): number;
  stop(): void;
}

const LISTS_READ = /\/sites\/[^/?]+(\/lists)?\?[^/]*\$(select=id,displayName|expand=lists)/;

/**
 * Records every request to Graph (`graphBaseUrl`) the page sends through `fetch`. A request's
 * depth is one more than the deepest request that had answered when it was sent: requests sent
 * together, while none of the others had answered, count as one round trip.
 */
export function recordRoundTrips(graphBaseUrl: string): RoundTripLog {
  const realFetch = globalThis.fetch;
  let clock = 0;
  const recorded: { url: string; sentAt: number; depth: number; answeredAt: number | null }[] = [];
  const deepestAnswered = () => Math.max(0, ...recorded.filter((r) => r.answeredAt !== null).map((r) => r.depth));
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(graphBaseUrl)) return realFetch(input, init);
    const entry = {
      url: url.slice(graphBaseUrl.length),
      sentAt: ++clock,
      depth: deepestAnswered() + 1,
      answeredAt: null as number | null,
    };
    recorded.push(entry);
    const response = await realFetch(input, init);
    entry.answeredAt = ++clock;
    return response;
  });
  return {
    now: () => ++clock,
    requests: () =>
      recorded.map((r) => ({
        url: r.url,
        depth: r.depth,
        isListsRead: LISTS_READ.test(r.url),
        before: (moment) => r.answeredAt !== null && r.answeredAt < moment,
      })),
    sequentialBefore: (moment) =>
      Math.max(0, ...recorded.filter((r) => r.answeredAt !== null && r.answeredAt < moment).map((r) => r.depth)),
    stop: () => spy.mockRestore(),
  };
}
