import { GraphError } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { mapGraphError, storeErrorFromFailure } from '../../../src/data/graph/map-graph-error';

function graphError(status: number, code: string, message: string, headers?: Record<string, string>): GraphError {
  const error = new GraphError(status, message);
  error.code = code;
  if (headers) error.headers = new Headers(headers);
  return error;
}

describe('Graph failures as store errors', () => {
  it.each([
    [400, 'invalidRequest', 'invalid'],
    [401, 'InvalidAuthenticationToken', 'unauthorized'],
    [403, 'accessDenied', 'forbidden'],
    [404, 'itemNotFound', 'not-found'],
    [409, 'nameAlreadyExists', 'conflict'],
    [412, 'preconditionFailed', 'conflict'],
    [429, 'TooManyRequests', 'throttled'],
    [503, 'serviceNotAvailable', 'throttled'],
    [500, 'generalException', 'server'],
    [504, 'gatewayTimeout', 'server'],
  ] as const)('HTTP %i (%s) is %s', (status, code, kind) => {
    const error = mapGraphError(graphError(status, code, 'server words'));
    expect(error.kind).toBe(kind);
    expect(error.details).toMatchObject({ status, code });
  });

  it("keeps the server's explanation of a refusal for the user to read", () => {
    const error = mapGraphError(
      graphError(403, 'accessDenied', 'Only Health owners and plan admins can change this action.'),
    );
    expect(error.message).toBe('Only Health owners and plan admins can change this action.');
  });

  it('does not show raw server text for failures the user cannot act on', () => {
    expect(mapGraphError(graphError(500, 'generalException', 'NullReferenceException at Foo.Bar')).message).not.toMatch(
      /NullReference/,
    );
  });

  it('says how long to wait when still throttled after the retries', () => {
    const error = mapGraphError(graphError(429, 'TooManyRequests', '', { 'Retry-After': '7' }));
    expect(error.details.retryAfterMs).toBe(7000);
  });

  it('reads a dropped connection or an abort as offline', () => {
    const dropped = new GraphError(-1, 'fetch failed', new TypeError('fetch failed'));
    dropped.code = 'TypeError';
    expect(mapGraphError(dropped).kind).toBe('offline');
    expect(mapGraphError(new TypeError('fetch failed')).kind).toBe('offline');
    expect(mapGraphError(new DOMException('The operation was aborted.', 'AbortError')).kind).toBe('offline');
  });

  it('maps a failed sub-request of a batch the same way as a whole response', () => {
    const error = storeErrorFromFailure({ status: 412, code: 'preconditionFailed', message: 'stale' });
    expect(error.kind).toBe('conflict');
  });
});
