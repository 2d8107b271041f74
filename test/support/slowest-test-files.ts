import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The part of a vitest JSON report (`--reporter=json`) this reads: one entry per test file. */
export interface VitestJsonReport {
  readonly testResults: readonly { readonly name: string; readonly startTime: number; readonly endTime: number }[];
}

export interface FileDuration {
  readonly file: string;
  readonly seconds: number;
}

/** The `count` test files that took longest, slowest first, named relative to `root`. */
export function slowestFiles(report: VitestJsonReport, root: string, count = 10): FileDuration[] {
  return report.testResults
    .map((r) => ({ file: path.relative(root, r.name), seconds: Math.max(0, r.endTime - r.startTime) / 1000 }))
    .sort((a, b) => b.seconds - a.seconds || a.file.localeCompare(b.file))
    .slice(0, count);
}

/** One line per file: seconds right-aligned, then the path. */
export function formatSlowest(files: readonly FileDuration[]): string {
  return files.map((f) => `${f.seconds.toFixed(1).padStart(7)} s  ${f.file}`).join('\n');
}

/** `node --import tsx test/support/slowest-test-files.ts <report.json> [count]` prints the slowest files. */
function main(argv: readonly string[]): void {
  const [reportPath, count] = argv;
  if (!reportPath) throw new Error('usage: slowest-test-files.ts <vitest-report.json> [count]');
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestJsonReport;
  const root = path.resolve(import.meta.dirname, '../..');
  console.log(formatSlowest(slowestFiles(report, root, count ? Number(count) : 10)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main(process.argv.slice(2));
