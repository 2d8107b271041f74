import type { PlanStore } from '../data/plan-store.port';
import { refusedOrFailed } from './describe-store-error';

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
  /** The Word document last saved for a plan in this session, to record as the version submitted. */
  latestDocument(planTitle: string): LibraryCopy | null;
  save(
    planTitle: string,
    file: { readonly name: string; readonly bytes: Uint8Array; readonly mime: string },
  ): Promise<LibraryOutcome>;
}

const WORD = /\.docx$/i;

/** A reference to a saved document that the submission record keeps: name, version and link. */
export const describeCopy = (copy: LibraryCopy): string => `${copy.name} (version ${copy.version}) ${copy.webUrl}`;

export function createSubmissionLibrary(store: PlanStore): SubmissionLibrary {
  const latest = new Map<string, LibraryCopy>();
  return {
    latestDocument: (planTitle) => latest.get(planTitle) ?? null,
    async save(planTitle, file) {
      try {
        const saved = await store.saveSubmissionFile({
          planTitle,
          fileName: file.name,
          bytes: file.bytes,
          contentType: file.mime,
        });
        const copy = { name: saved.name, webUrl: saved.webUrl, version: saved.version };
        if (WORD.test(copy.name)) latest.set(planTitle, copy);
        return { status: 'saved', copy };
      } catch (error) {
        return refusedOrFailed(error);
      }
    },
  };
}
