import { badRequest, GraphError } from '../http/graph-error';
import { isObject, optionalInteger } from '../http/json-input';

export type FailStatus = 429 | 503 | 500;

export interface FaultSettings {
  readonly latencyMs?: number;
  /** Fail the next N Graph operations; each part of a `$batch` counts as one. */
  readonly failNext?: { readonly status: FailStatus; readonly count: number; readonly retryAfterSeconds?: number };
  /** Destroy the socket of the next N Graph requests after the work is done and journaled. */
  readonly dropNext?: number;
}

/** Faults injected into Graph requests, set through `/_emulator/faults`, so clients can prove their retries. */
export interface FaultInjector {
  configure(settings: FaultSettings): void;
  clear(): void;
  /** The delay for a request: its `latency` query parameter, else the injected one, else the base. */
  latencyFor(requested: number | undefined): number;
  /** The injected failure this request receives, if any. */
  takeFailure(): GraphError | null;
  /** Whether this request's connection is to be dropped instead of answered. */
  takeDrop(): boolean;
  current(): FaultSettings;
}

export function createFaultInjector(baseLatencyMs: number): FaultInjector {
  let settings: FaultSettings = {};
  let failuresLeft = 0;
  let dropsLeft = 0;
  return {
    configure(next) {
      settings = { ...settings, ...next };
      if (next.failNext) failuresLeft = next.failNext.count;
      if (next.dropNext !== undefined) dropsLeft = next.dropNext;
    },
    clear() {
      settings = {};
      failuresLeft = 0;
      dropsLeft = 0;
    },
    latencyFor: (requested) => requested ?? settings.latencyMs ?? baseLatencyMs,
    takeFailure() {
      const fail = settings.failNext;
      if (!fail || failuresLeft <= 0) return null;
      failuresLeft -= 1;
      return injectedFailure(fail.status, fail.retryAfterSeconds);
    },
    takeDrop() {
      if (dropsLeft <= 0) return false;
      dropsLeft -= 1;
      return true;
    },
    current: () => ({
      ...settings,
      ...(settings.failNext ? { failNext: { ...settings.failNext, count: failuresLeft } } : {}),
      dropNext: dropsLeft,
    }),
  };
}

function injectedFailure(status: FailStatus, retryAfterSeconds: number | undefined): GraphError {
  if (status === 500)
    return new GraphError(500, 'generalException', 'An unexpected error occurred (injected by the emulator).');
  const headers = { 'Retry-After': String(retryAfterSeconds ?? 1) };
  return status === 429
    ? new GraphError(
        429,
        'TooManyRequests',
        'Too many requests; retry after the interval given (injected by the emulator).',
        headers,
      )
    : new GraphError(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable (injected by the emulator).',
        headers,
      );
}

/** Validates the body of `POST /_emulator/faults`. */
export function parseFaultSettings(input: unknown): FaultSettings {
  if (!isObject(input)) throw badRequest('Send a JSON object: {latencyMs?, failNext?, dropNext?}.');
  const latencyMs = optionalInteger(input, 'latencyMs');
  const dropNext = optionalInteger(input, 'dropNext');
  if ((latencyMs ?? 0) < 0 || (dropNext ?? 0) < 0) throw badRequest('latencyMs and dropNext cannot be negative.');
  const failNext = input['failNext'] === undefined ? undefined : parseFailNext(input['failNext']);
  return {
    ...(latencyMs !== undefined && { latencyMs }),
    ...(dropNext !== undefined && { dropNext }),
    ...(failNext && { failNext }),
  };
}

function parseFailNext(input: unknown): FaultSettings['failNext'] {
  if (!isObject(input)) throw badRequest('failNext must be {status, count, retryAfterSeconds?}.');
  const status = input['status'];
  const count = optionalInteger(input, 'count') ?? 1;
  const retryAfterSeconds = optionalInteger(input, 'retryAfterSeconds');
  if (status !== 429 && status !== 503 && status !== 500) throw badRequest('failNext.status must be 429, 503 or 500.');
  if (count < 0 || (retryAfterSeconds ?? 0) < 0)
    throw badRequest('failNext.count and retryAfterSeconds cannot be negative.');
  return { status, count, ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) };
}
