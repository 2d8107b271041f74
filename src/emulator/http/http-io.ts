import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphError } from './graph-error';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Reads a request's body, refusing (413, saying `tooLarge`) one over `limit` bytes. */
export async function readBytes(
  req: IncomingMessage,
  limit: number,
  tooLarge = `The request body is larger than the ${limit} bytes accepted here.`,
): Promise<Buffer> {
  const refuse = () => new GraphError(413, 'RequestEntityTooLarge', tooLarge);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw refuse();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON request body; undefined when there is none. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBytes(req, MAX_BODY_BYTES, 'The request body is too large.')).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphError(400, 'BadRequest', 'The request body is not valid JSON.');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (body === undefined || status === 204) {
    res.writeHead(status, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Header values Node may give as arrays, flattened, with names in lower case. */
export function headerMap(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
