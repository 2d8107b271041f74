import type { FindingId } from '../../domain/ids';

/** Where focus goes after an edit reshapes the list, so keyboard users stay where they were working. */
export type FocusPart = 'text' | 'up' | 'down' | 'heading';

export interface FocusRequest {
  readonly id: FindingId;
  readonly part: FocusPart;
}
