import { describe, expect, it } from 'vitest';
import { formatSlowest, slowestFiles } from './slowest-test-files';

const root = '/repo';
const report = {
  testResults: [
    { name: '/repo/test/ui/a.test.tsx', startTime: 1_000, endTime: 4_500 },
    { name: '/repo/test/e2e/b.e2e.ts', startTime: 0, endTime: 90_000 },
    { name: '/repo/test/domain/c.test.ts', startTime: 2_000, endTime: 2_120 },
  ],
};

describe('the slowest test files at the end of CI', () => {
  it('ranks files by how long each took, slowest first, named from the repository root', () => {
    expect(slowestFiles(report, root)).toEqual([
      { file: 'test/e2e/b.e2e.ts', seconds: 90 },
      { file: 'test/ui/a.test.tsx', seconds: 3.5 },
      { file: 'test/domain/c.test.ts', seconds: 0.12 },
    ]);
  });

  it('keeps only as many as asked for', () => {
    expect(slowestFiles(report, root, 2).map((f) => f.file)).toEqual(['test/e2e/b.e2e.ts', 'test/ui/a.test.tsx']);
  });

  it('prints one aligned line per file', () => {
    expect(formatSlowest(slowestFiles(report, root, 2)).split('\n')).toEqual([
      '   90.0 s  test/e2e/b.e2e.ts',
      '    3.5 s  test/ui/a.test.tsx',
    ]);
  });
});
