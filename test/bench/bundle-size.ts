import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The Graph client library loads as its own chunk, started with the app, so it is not counted here. */
export const FIRST_VIEW_BUDGET_GZIP = 175 * 1024;

export interface BundleFigures {
  readonly firstViewFiles: readonly string[];
  readonly firstViewRawBytes: number;
  readonly firstViewGzipBytes: number;
  readonly budgetGzipBytes: number;
  readonly withinBudget: boolean;
  readonly lazyChunks: Readonly<Record<string, { raw: number; gzip: number }>>;
}

/** The JavaScript a first visit downloads (the scripts index.html names), and every lazy chunk. */
export function measureBundle(distDir: string): BundleFigures {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const firstView = [...html.matchAll(/<script[^>]*src="?\/?([^" >]+)"?/g)].map((m) => m[1]!);
  const size = (file: string) => {
    const bytes = readFileSync(path.join(distDir, file));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sizes = firstView.map(size);
  const gzip = sizes.reduce((t, s) => t + s.gzip, 0);
  const lazy = readdirSync(distDir).filter((f) => f.endsWith('.js') && !firstView.includes(f));
  return {
    firstViewFiles: firstView,
    firstViewRawBytes: sizes.reduce((t, s) => t + s.raw, 0),
    firstViewGzipBytes: gzip,
    budgetGzipBytes: FIRST_VIEW_BUDGET_GZIP,
    withinBudget: gzip <= FIRST_VIEW_BUDGET_GZIP,
    lazyChunks: Object.fromEntries(lazy.map((f) => [f.replace(/\.[0-9a-f]{8}\.js$/, ''), size(f)])),
  };
}
