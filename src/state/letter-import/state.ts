import type { FindingId, PlanId } from '../../domain/ids';
import type { ImportDraft } from '../../domain/letter-import/import-draft';
import type { ReviewEvent } from '../../domain/letter-import/review-draft';
import type { DraftProblems } from '../../domain/letter-import/validate-draft';
import type { ImportProblem } from './problem';

/** Where an import has got to, as one union the UI switches on. */
export type ImportStatus =
  | { readonly status: 'idle' }
  /** `pages` is 0 until the PDF's page count is known (and for files without pages). */
  | { readonly status: 'reading'; readonly fileName: string; readonly page: number; readonly pages: number }
  /** `problems` is set once the person has tried to create the plan with something to fix. */
  | { readonly status: 'reviewing'; readonly draft: ImportDraft; readonly problems: DraftProblems | null }
  | { readonly status: 'creating'; readonly draft: ImportDraft }
  | { readonly status: 'created'; readonly planId: PlanId }
  /** A failed read has no draft; a failed create keeps it, for another try. */
  | { readonly status: 'failed'; readonly problem: ImportProblem; readonly draft: ImportDraft | null };

type WithoutNewId<E> = E extends { readonly newId: FindingId } ? Omit<E, 'newId'> : E;
/** A review event as the UI asks for it; the store gives new items their ids. */
export type ReviewRequest = WithoutNewId<ReviewEvent>;

/** A file as the browser hands it over; read only after its size is checked. */
export interface LetterFileInput {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface LetterImportState {
  readonly current: ImportStatus;
  /** False when the browser would not keep the draft, so a reload would lose it. */
  readonly draftKept: boolean;
  readText(text: string): void;
  readFile(file: LetterFileInput): Promise<void>;
  /** Stops the file being read, and puts the import back as it was before the file was chosen. */
  cancelRead(): void;
  review(request: ReviewRequest): void;
  create(): Promise<void>;
  /** Drops the draft (and any failure) and starts again. */
  discard(): void;
}

/** The draft the person is working on, in whichever state holds one. */
export function draftIn(current: ImportStatus): ImportDraft | null {
  if (current.status === 'reviewing' || current.status === 'creating') return current.draft;
  return current.status === 'failed' ? current.draft : null;
}
