import type { PlanId } from '../domain/ids';
import type { PlanStore, SavedFile } from '../data/plan-store.port';
import { refusedOrFailed } from './describe-store-error';
import type { Outcome } from './outcome';

export interface LibraryCopy {
  readonly name: string;
  readonly webUrl: string;
  readonly version: string;
}

export type LibraryOutcome = Outcome<{ readonly status: 'saved'; readonly copy: LibraryCopy }>;

/** Keeps each built submission file in the site's document library, as a new version. */
export interface SubmissionLibrary {
  /** The Word document last saved for a plan in this session, to record as the version submitted. */
  latestDocument(planId: PlanId): LibraryCopy | null;
  /** Whether a link points into the plan's own SharePoint site (only such links are offered as links). */
  isSiteLink(url: string): boolean;
  save(planId: PlanId, file: LibraryFile): Promise<LibraryOutcome>;
  /** Saves a file without taking it for the document to be submitted (e.g. the copy of a signed version). */
  keep(planId: PlanId, file: LibraryFile): Promise<LibraryOutcome>;
  /** The file of that name in the plan's folder, or null when there is none the person can read. */
  find(planId: PlanId, fileName: string): Promise<LibraryCopy | null>;
}

export interface LibraryFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
}

const WORD = /\.docx$/i;

/** A reference to a saved document that the submission record keeps: name, version and link. */
export const describeCopy = (copy: LibraryCopy): string => `${copy.name} (version ${copy.version}) ${copy.webUrl}`;

/**
 * Whether `url` is within the site at `siteUrl` (same origin, path under the site's). A submission
 * record is typed by a person, so any other address is shown as text, never as a link.
 */
export function isWithinSite(url: string, siteUrl: string | null): boolean {
  if (!siteUrl) return false;
  try {
    const link = new URL(url);
    const site = new URL(siteUrl);
    const base = site.pathname.replace(/\/+$/, '').toLowerCase();
    const path = decodeURIComponent(link.pathname).toLowerCase();
    return link.origin === site.origin && path.startsWith(`${decodeURIComponent(base)}/`);
  } catch {
    return false;
  }
}

const copyOf = (saved: SavedFile): LibraryCopy => ({ name: saved.name, webUrl: saved.webUrl, version: saved.version });

export function createSubmissionLibrary(store: PlanStore, siteUrl: string | null = null): SubmissionLibrary {
  const latest = new Map<string, LibraryCopy>();
  const saveFile = async (planId: PlanId, file: LibraryFile, submitted: boolean): Promise<LibraryOutcome> => {
    try {
      const saved = await store.saveSubmissionFile({
        planId,
        fileName: file.name,
        bytes: file.bytes,
        contentType: file.mime,
      });
      const copy = copyOf(saved);
      if (submitted && WORD.test(copy.name)) latest.set(planId, copy);
      return { status: 'saved', copy };
    } catch (error) {
      return refusedOrFailed(error);
    }
  };
  return {
    isSiteLink: (url) => isWithinSite(url, siteUrl),
    latestDocument: (planId) => latest.get(planId) ?? null,
    save: (planId, file) => saveFile(planId, file, true),
    keep: (planId, file) => saveFile(planId, file, false),
    async find(planId, fileName) {
      const saved = await store.findSubmissionFile(planId, fileName);
      return saved ? copyOf(saved) : null;
    },
  };
}
