import { isoDateTime, type IsoDate } from '../../domain/dates';
import type { BuildDates } from '../../state/signed-versions';

/** Hands a file to the browser to download (or open, as the browser decides); returns its address to offer again. */
export function saveToDevice(file: {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
}): string {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  return url;
}

/** The dates a document built now carries. */
export const buildDatesNow = (today: IsoDate): BuildDates => ({ today, generatedAt: isoDateTime(new Date()) });
