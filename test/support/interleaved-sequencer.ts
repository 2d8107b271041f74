import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { interleave } from './interleave';

/** The browser files start within the first half of the run's files, so the last ones are unit files. */
const BROWSER_FILES_WITHIN = 0.5;

/**
 * Vitest's order (longest first, from the last run's timings, else largest file first), except that
 * the browser project's files are spread among the unit files instead of all running before them.
 * Both projects share one pool of workers.
 */
export class InterleavedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((f) => f.project.name === 'e2e');
    return interleave(
      browser,
      sorted.filter((f) => f.project.name !== 'e2e'),
      BROWSER_FILES_WITHIN,
    );
  }
}
