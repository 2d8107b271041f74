import type { ServerResponse } from 'node:http';

/**
 * The standalone emulator runs on its own port while the app may be served from another,
 * so it answers cross-origin calls as Graph does.
 */
export function addCorsHeaders(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS');
  res.setHeader(
    'Access-Control-Allow-Headers',
    'Authorization, Content-Type, Content-Range, If-Match, Prefer, ConsistencyLevel',
  );
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Location, Retry-After');
  res.setHeader('Access-Control-Max-Age', '600');
}
