import type { PlanStore } from '../data/plan-store.port';
import { describeStoreError } from './describe-store-error';

export interface LibraryCopy {
  readonly name: string;
  readonly webUrl: string;
  readonly version: string;
}

export type LibraryOutcome =
  | { readonly status: 'saved'; readonly copy: LibraryCopy }
  | { readonly status: 'refused' | 'failed'; readonly message: string };

/** Keeps each built submission file in the site's document library, as a new version. */
export interface SubmissionLibrary {
  save(
    planTitle: string,
    file: { readonly name: string; readonly bytes: Uint8Array; readonly mime: string },
  ): Promise<LibraryOutcome>;
}

export function createSubmissionLibrary(store: PlanStore): SubmissionLibrary {
  return {
    async save(planTitle, file) {
      try {
        const saved = await store.saveSubmissionFile({
          planTitle,
          fileName: file.name,
          bytes: file.bytes,
          contentType: file.mime,
        });
        return { status: 'saved', copy: { name: saved.name, webUrl: saved.webUrl, version: saved.version } };
      } catch (error) {
        const problem = describeStoreError(error);
        return { status: problem.kind === 'forbidden' ? 'refused' : 'failed', message: problem.message };
      }
    },
  };
}
