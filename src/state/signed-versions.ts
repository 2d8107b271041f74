import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IsoDate, IsoDateTime } from '../domain/dates';
import type { PlanId } from '../domain/ids';
import type { PlanSnapshot } from '../domain/plan-snapshot';
import type { SignOff } from '../domain/sign-off';
import type { StageChain } from '../domain/workflow/stage-chain';
import { contentHash } from '../domain/workflow/content-hash';
import { contentReference, signedVersionFileName } from '../domain/workflow/signed-version';
import type { LibraryCopy, LibraryFile, LibraryOutcome } from './submission-library';

/** What is known of the library's copy of one signed version of a plan. */
export type SignedCopy =
  | { readonly status: 'looking' | 'keeping' | 'absent' | 'unknown' }
  | { readonly status: 'kept'; readonly copy: LibraryCopy }
  | { readonly status: 'failed'; readonly message: string };

/** The Word document of one version of the plan's content. */
export interface VersionDocument extends LibraryFile {
  /** The content hash it was built from: the one a sign-off of it carries. */
  readonly hash: string;
}

/** What a version's document is built with besides the plan. */
export interface VersionContext {
  readonly today: IsoDate;
  readonly generatedAt: IsoDateTime;
  /** The plan's governance chain: who the statement expects to sign, and the monitoring draft. */
  readonly chain: StageChain;
  /** The verified sign-offs that stand for this content (see `currentSignOffs`). */
  readonly signOffs: readonly SignOff[];
}

export type BuildWord = (snapshot: PlanSnapshot, context: VersionContext) => Promise<LibraryFile>;

export interface SignedVersionsState {
  /** By `copyKey(planId, hash)`. */
  readonly copies: Readonly<Record<string, SignedCopy>>;
  /** The Word document of the plan as it is in `snapshot`, built once for each version. */
  document(snapshot: PlanSnapshot, context: VersionContext): Promise<VersionDocument>;
  /**
   * After an approval of `hash`: keeps its Word document (the very one downloaded, when it was) in
   * the plan's folder, unless a copy of that version is there already. Never throws: a failure is
   * kept in `copies` for the person to retry.
   */
  keep(snapshot: PlanSnapshot, hash: string, context: VersionContext): Promise<void>;
  /** Finds out, once, whether the library holds the copy of a version. */
  lookUp(planId: PlanId, hash: string): Promise<void>;
}

/** The parts of the submission library the signed versions use. */
export interface SignedVersionLibrary {
  keep(planId: PlanId, file: LibraryFile): Promise<LibraryOutcome>;
  find(planId: PlanId, fileName: string): Promise<LibraryCopy | null>;
}

export const copyKey = (planId: PlanId, hash: string): string => `${planId} ${hash}`;

/** The export builders are large: they load the first time a document is built. */
const buildWordLazily: BuildWord = async (snapshot, context) => {
  const { buildSubmissionFiles } = await import(/* webpackChunkName: "export" */ '../export/build-submission-files');
  const built = await buildSubmissionFiles(snapshot, { ...context, final: false });
  return built.docx;
};

/** `Haringey JTAI written statement of action 2018-05-11 version 3f9a1c2b7d4e.docx` */
const versionName = (name: string, hash: string): string =>
  `${name.replace(/\.docx$/i, '')} version ${contentReference(hash)}.docx`;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const REFUSED =
  'Until a site owner applies the plan’s permissions (Site setup and permissions), only plan admins can add files to its folder.';

const CHANGED =
  'The plan has changed since this version was signed, so its document cannot be built again here. Open the plan’s folder in the document library, or ask a plan admin.';

export function createSignedVersions(
  library: SignedVersionLibrary,
  build: BuildWord = buildWordLazily,
): StoreApi<SignedVersionsState> {
  const documents = new Map<string, Promise<VersionDocument>>();
  return createStore<SignedVersionsState>()((set, get) => {
    const note = (key: string, copy: SignedCopy) => set((s) => ({ copies: { ...s.copies, [key]: copy } }));

    async function store(planId: PlanId, hash: string, document: Promise<VersionDocument>): Promise<SignedCopy> {
      const file = await document;
      const name = signedVersionFileName(hash);
      const already = await library.find(planId, name).catch(() => null);
      if (already) return { status: 'kept', copy: already };
      const outcome = await library.keep(planId, { ...file, name });
      if (outcome.status === 'saved') return { status: 'kept', copy: outcome.copy };
      return {
        status: 'failed',
        message: outcome.status === 'refused' ? `${outcome.message} ${REFUSED}` : outcome.message,
      };
    }

    return {
      copies: {},
      document(snapshot, context) {
        const hash = contentHash(snapshot);
        const key = copyKey(snapshot.plan.id, hash);
        const known = documents.get(key);
        if (known) return known;
        const made = build(snapshot, context).then((file) => ({ ...file, name: versionName(file.name, hash), hash }));
        documents.set(key, made);
        made.catch(() => documents.delete(key));
        return made;
      },
      async keep(snapshot, hash, context) {
        const planId = snapshot.plan.id;
        const key = copyKey(planId, hash);
        const status = get().copies[key]?.status;
        if (status === 'keeping' || status === 'kept') return;
        note(key, { status: 'keeping' });
        const document =
          documents.get(key) ?? (contentHash(snapshot) === hash ? get().document(snapshot, context) : null);
        if (!document) return note(key, { status: 'failed', message: CHANGED });
        try {
          note(key, await store(planId, hash, document));
        } catch (error) {
          note(key, { status: 'failed', message: `The document could not be built: ${reasonOf(error)}.` });
        }
      },
      async lookUp(planId, hash) {
        const key = copyKey(planId, hash);
        const status = get().copies[key]?.status;
        if (status !== undefined && status !== 'unknown') return;
        note(key, { status: 'looking' });
        // A copy being kept meanwhile says more than what the look found.
        const settle = (copy: SignedCopy) => get().copies[key]?.status === 'looking' && note(key, copy);
        try {
          const copy = await library.find(planId, signedVersionFileName(hash));
          settle(copy ? { status: 'kept', copy } : { status: 'absent' });
        } catch {
          settle({ status: 'unknown' });
        }
      },
    };
  });
}
