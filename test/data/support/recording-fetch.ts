/** One request as it left the adapter. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: string | null;
}

export interface RecordingFetch {
  readonly fetch: typeof fetch;
  readonly requests: RecordedRequest[];
  /** Requests that change something on the server. */
  readonly writes: () => RecordedRequest[];
  readonly reset: () => void;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

/** Wraps a fetch (the real one by default) and keeps every request it is given. */
export function recordingFetch(
  respond: Responder = (r) => fetch(r.url, { method: r.method, headers: r.headers, body: r.body }),
): RecordingFetch {
  const requests: RecordedRequest[] = [];
  const recorded: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = init?.body === undefined || init.body === null ? null : await request.text();
    const entry: RecordedRequest = { method: request.method, url: request.url, headers: request.headers, body };
    requests.push(entry);
    return respond(entry);
  };
  return {
    fetch: recorded,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && isReadOnlyBatch(r.body))),
    reset: () => requests.splice(0, requests.length),
  };
}

function isReadOnlyBatch(body: string | null): boolean {
  if (body === null) return false;
  try {
    const parsed = JSON.parse(body) as { requests?: { method?: string }[] };
    return Array.isArray(parsed.requests) && parsed.requests.every((r) => r.method === 'GET');
  } catch {
    return false;
  }
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
