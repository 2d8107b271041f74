import type { PlanStore, SavedFile } from '../../../src/data/plan-store.port';
import { StoreError } from '../../../src/data/store-error';
import type { IsoDateTime } from '../../../src/domain/dates';

/**
 * The site's document library as the tab sees it, held in memory: in jsdom the emulator cannot
 * read an upload's bytes (test/state/signed-versions.test.ts keeps copies in the emulator's library).
 * While `refusing`, a save is refused as SharePoint refuses someone without Add Items. A file saved
 * again under its name becomes its next version, as in SharePoint.
 */
export function memoryLibrary() {
  const saved = new Map<string, SavedFile & { readonly bytes: Uint8Array }>();
  const library = {
    saved,
    refusing: false,
    wrap: (store: PlanStore): PlanStore => ({
      ...store,
      async saveSubmissionFile(file) {
        if (library.refusing) throw new StoreError('forbidden', 'Access denied.', { status: 403 });
        const key = `${file.planId}/${file.fileName}`;
        const earlier = saved.get(key);
        const copy = {
          name: file.fileName,
          webUrl: `https://contoso.sharepoint.com/sites/jtai/Shared%20Documents/JTAI%20submissions/${file.planId}/${encodeURIComponent(file.fileName)}`,
          version: earlier ? `${Number(earlier.version) + 1}.0` : '1.0',
          size: file.bytes.length,
          savedAt: '2018-03-01T10:00:00.000Z' as IsoDateTime,
          bytes: file.bytes,
        };
        saved.set(key, copy);
        return copy;
      },
      findSubmissionFile: async (planId, fileName) => saved.get(`${planId}/${fileName}`) ?? null,
    }),
  };
  return library;
}
