import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanStore } from '../../data/plan-store.port';
import { isoDateTime } from '../../domain/dates';
import type { IdSource } from '../../domain/ids';
import { draftFromLetter } from '../../domain/letter-import/draft-from-letter';
import type { DraftSource, ImportDraft } from '../../domain/letter-import/import-draft';
import { reviewDraft, type ReviewEvent } from '../../domain/letter-import/review-draft';
import { toPlanAndFindings } from '../../domain/letter-import/to-plan-and-findings';
import { validateDraft } from '../../domain/letter-import/validate-draft';
import type { ParsedLetter } from '../../domain/letter/parsed-letter';
import type { DirectoryUser } from '../../domain/persona';
import type { Result } from '../../domain/result';
import type { ExtractedLetterText, LetterFile } from '../../letter-text/extract-letter-text';
import type { PdfProgress } from '../../letter-text/extract-pdf-text';
import type { LetterTextError } from '../../letter-text/letter-text-error';
import type { ImportDraftStorage } from './draft-storage';
import { createFailedProblem, NOTHING_PASTED, readFailedProblem, tooLargeProblem, type ImportProblem } from './problem';
import { draftIn, type ImportStatus, type LetterFileInput, type LetterImportState, type ReviewRequest } from './state';
import { writeImport } from './writes';

/** Reads a file's text; when `signal` aborts, it stops reading (and may reject). */
export type ExtractLetterText = (
  file: LetterFile,
  onProgress: PdfProgress,
  signal: AbortSignal,
) => Promise<Result<ExtractedLetterText, LetterTextError>>;

export interface LetterImportDeps {
  readonly store: PlanStore;
  /** The person importing: they become the plan's admin. */
  readonly user: DirectoryUser;
  readonly extractText: ExtractLetterText;
  readonly parse: (text: string) => ParsedLetter;
  readonly storage: ImportDraftStorage;
  readonly ids: IdSource;
  readonly now: () => Date;
}

/** The same state with a changed draft: edits after a failed create keep the failure in view. */
function withDraft(current: ImportStatus, draft: ImportDraft): ImportStatus {
  if (current.status === 'failed') return { ...current, draft };
  const problems = current.status === 'reviewing' && current.problems ? validateDraft(draft) : null;
  return { status: 'reviewing', draft, problems };
}

function eventFor(request: ReviewRequest, ids: IdSource): ReviewEvent {
  if (request.type === 'split' || request.type === 'add') return { ...request, newId: ids('finding') };
  return request;
}

/** The draft a letter's text becomes, with every id it will need fixed now. */
function newDraft(deps: LetterImportDeps, text: string, source: DraftSource): ImportDraft {
  return draftFromLetter(deps.parse(text), {
    ids: { plan: deps.ids('plan'), member: deps.ids('member') },
    findingId: () => deps.ids('finding'),
    source,
    now: isoDateTime(deps.now()),
  });
}

/** Reads a file's bytes and its text, reporting pages as 1-based "page n of N". */
async function extractFile(
  deps: LetterImportDeps,
  file: LetterFileInput,
  onPage: (page: number, pages: number) => void,
  signal: AbortSignal,
) {
  const data = await file.arrayBuffer();
  signal.throwIfAborted();
  const onProgress = (index: number, count: number) => onPage(index + 1, count);
  return deps.extractText({ name: file.name, type: file.type, data }, onProgress, signal);
}

/** The draft that can still be changed: none while the plan is being created. */
const editableDraft = (current: ImportStatus) => (current.status === 'creating' ? null : draftIn(current));

/** Creates the plan and its findings from the draft under review; a failure keeps the draft. */
async function createPlan(
  deps: LetterImportDeps,
  { get, set }: { get: () => LetterImportState; set: (partial: Partial<LetterImportState>) => void },
  fail: (problem: ImportProblem, draft: ImportDraft | null) => void,
): Promise<void> {
  const draft = editableDraft(get().current);
  if (!draft) return;
  const result = toPlanAndFindings(draft, draft.ids, deps.user);
  if (!result.ok) return set({ current: { status: 'reviewing', draft, problems: result.error } });
  set({ current: { status: 'creating', draft } });
  try {
    await writeImport(deps.store, result.value);
    deps.storage.clear();
    set({ current: { status: 'created', planId: draft.ids.plan } });
  } catch (error) {
    fail(createFailedProblem(error), draft);
  }
}

export function createLetterImportStore(deps: LetterImportDeps): StoreApi<LetterImportState> {
  const stored = deps.storage.load();
  // Each read gets a number, so a file still being read when the person moves on is ignored.
  let reading = 0;
  // The read in progress: aborting it stops the reader; `before` is the state it started from.
  let inProgress: { readonly controller: AbortController; readonly before: ImportStatus } | null = null;
  const stopReading = () => {
    reading++;
    inProgress?.controller.abort();
    inProgress = null;
  };

  return createStore<LetterImportState>()((set, get) => {
    const keep = (current: ImportStatus, draft: ImportDraft) => set({ current, draftKept: deps.storage.save(draft) });
    const fail = (problem: ImportProblem, draft: ImportDraft | null = null) =>
      set({ current: { status: 'failed', problem, draft } });
    const start = (text: string, source: DraftSource) => {
      const draft = newDraft(deps, text, source);
      keep({ status: 'reviewing', draft, problems: null }, draft);
    };

    return {
      current: stored ? { status: 'reviewing', draft: stored, problems: null } : { status: 'idle' },
      draftKept: true,
      readText(text) {
        stopReading();
        if (text.trim() === '') return fail(NOTHING_PASTED);
        start(text, { kind: 'paste', name: null });
      },
      async readFile(file) {
        const before = inProgress?.before ?? get().current;
        stopReading();
        const token = reading;
        const tooLarge = tooLargeProblem(file.size);
        if (tooLarge) return fail(tooLarge);
        const controller = new AbortController();
        inProgress = { controller, before };
        const progress = (page: number, pages: number) =>
          token === reading && set({ current: { status: 'reading', fileName: file.name, page, pages } });
        progress(0, 0);
        try {
          const result = await extractFile(deps, file, progress, controller.signal);
          if (token !== reading) return;
          inProgress = null;
          if (result.ok) start(result.value.text, { kind: result.value.kind, name: file.name });
          else fail(result.error);
        } catch (error) {
          if (token !== reading) return;
          inProgress = null;
          fail(readFailedProblem(error));
        }
      },
      cancelRead() {
        if (!inProgress) return;
        const { before } = inProgress;
        stopReading();
        set({ current: before });
      },
      review(request) {
        const { current } = get();
        const draft = editableDraft(current);
        if (!draft) return;
        const next = reviewDraft(draft, eventFor(request, deps.ids));
        if (next !== draft) keep(withDraft(current, next), next);
      },
      create: () => createPlan(deps, { get, set }, fail),
      discard() {
        stopReading();
        deps.storage.clear();
        set({ current: { status: 'idle' }, draftKept: true });
      },
    };
  });
}
