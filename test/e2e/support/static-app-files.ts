import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export const contentTypeOf = (file: string): string => CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';

/** The built file a path names, or `index.html` for any other path, as Static Web Apps serves a single-page app. */
export function appFileFor(buildDir: string, pathname: string): string {
  const file = path.join(buildDir, decodeURIComponent(pathname));
  const inside = file.startsWith(buildDir + path.sep);
  return inside && existsSync(file) && statSync(file).isFile() ? file : path.join(buildDir, 'index.html');
}
