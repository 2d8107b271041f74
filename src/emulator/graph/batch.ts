import { errorBody, GraphError } from '../http/graph-error';
import { isObject } from '../http/json-input';
import { json, type GraphRequest, type GraphResponse } from './graph-request';

/** Graph's JSON batching limit. */
export const MAX_BATCH_REQUESTS = 20;

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

interface BatchPart {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

/**
 * `POST /$batch`: each part runs in order with the caller's identity and gets its own status;
 * a part whose `dependsOn` failed gets 424, as in Graph.
 */
export function runBatch(envelope: GraphRequest, run: (request: GraphRequest) => GraphResponse): GraphResponse {
  const parts = parseBatch(envelope.body);
  const statuses = new Map<string, number>();
  const responses = parts.map((part) => {
    const failed = part.dependsOn.find((id) => !isSuccess(statuses.get(id)));
    const response = failed === undefined ? runPart(envelope, part, run) : failedDependency(failed);
    statuses.set(part.id, response.status);
    return {
      id: part.id,
      status: response.status,
      headers: { ...(response.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...response.headers },
      ...(response.body !== undefined && { body: response.body }),
    };
  });
  return json(200, { responses });
}

function runPart(
  envelope: GraphRequest,
  part: BatchPart,
  run: (request: GraphRequest) => GraphResponse,
): GraphResponse {
  const request = subRequest(envelope, part);
  if (request.path === '/$batch')
    return { status: 400, body: errorBody('BadRequest', 'A batch cannot contain another batch.') };
  return run(request);
}

function subRequest(envelope: GraphRequest, part: BatchPart): GraphRequest {
  const url = new URL(part.url.replace(/^\//, ''), 'http://batch.invalid/v1.0/');
  return {
    method: part.method,
    path: url.pathname.slice('/v1.0'.length),
    query: url.searchParams,
    headers: part.headers,
    body: part.body,
    caller: envelope.caller,
    baseUrl: envelope.baseUrl,
  };
}

function parseBatch(body: unknown): BatchPart[] {
  const requests = isObject(body) ? body['requests'] : undefined;
  if (!Array.isArray(requests)) throw invalidBatch('The batch needs a requests array.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw invalidBatch(
      `The batch has ${requests.length} requests, over the limit of ${MAX_BATCH_REQUESTS} requests in one batch.`,
    );
  }
  const seen = new Set<string>();
  return requests.map((raw) => {
    const part = parsePart(raw, seen);
    seen.add(part.id);
    return part;
  });
}

function parsePart(raw: unknown, earlier: ReadonlySet<string>): BatchPart {
  if (!isObject(raw)) throw invalidBatch('Each batch request must be an object.');
  const { id, method, url, headers = {}, body, dependsOn = [] } = raw;
  if (typeof id !== 'string' || id === '' || earlier.has(id))
    throw invalidBatch('Each batch request needs a unique id.');
  if (typeof method !== 'string' || !METHODS.includes(method.toUpperCase()))
    throw invalidBatch(`Request ${id} has an invalid method.`);
  if (typeof url !== 'string' || /^[a-z]+:/i.test(url))
    throw invalidBatch(`Request ${id} needs a url relative to /v1.0.`);
  if (!isObject(headers) || !Object.values(headers).every((v) => typeof v === 'string'))
    throw invalidBatch(`Request ${id} has invalid headers.`);
  const lowered = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  const writes = ['POST', 'PATCH', 'PUT'].includes(method.toUpperCase());
  if (writes && (body === undefined || lowered['content-type'] === undefined)) {
    throw invalidBatch(`Write request id : ${id} does not contain Content-Type header or body.`);
  }
  if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string' && earlier.has(d))) {
    throw invalidBatch(`Request ${id} depends on a request that does not come before it.`);
  }
  return { id, method: method.toUpperCase(), url, headers: lowered, body, dependsOn };
}

const isSuccess = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

const failedDependency = (id: string): GraphResponse => ({
  status: 424,
  body: errorBody('FailedDependency', `The request this one depends on (${id}) failed.`),
});

const invalidBatch = (message: string) => new GraphError(400, 'BadRequest', message);
