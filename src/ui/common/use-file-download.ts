import { useEffect, useState } from 'react';
import { saveToDevice } from './save-to-device';
import { useCommand } from './use-command';

/** A file handed to the browser to download: its name, and its address to offer again. */
export interface DownloadedFile {
  readonly name: string;
  readonly url: string;
}

/**
 * Builds a file on demand and downloads it, as a command (busy, problem, run). Keeps the last file
 * downloaded to offer again, releasing its address when another replaces it or the form goes; a
 * build that fails says "`what` could not be built: …. Try again."
 */
export function useFileDownload<A extends unknown[]>(
  build: (...args: A) => Promise<{ readonly name: string; readonly bytes: Uint8Array; readonly mime: string }>,
  what: string,
) {
  const [built, setBuilt] = useState<DownloadedFile | null>(null);
  useEffect(() => () => void (built && URL.revokeObjectURL(built.url)), [built]);
  const download = useCommand(
    async (...args: A) => {
      try {
        const file = await build(...args);
        return { status: 'built', built: { name: file.name, url: saveToDevice(file) } } as const;
      } catch (failure) {
        const message = `${what} could not be built: ${failure instanceof Error ? failure.message : String(failure)}. Try again.`;
        return { status: 'failed', message } as const;
      }
    },
    { success: 'built', onSuccess: (outcome) => setBuilt(outcome.built) },
  );
  return { ...download, built };
}
