/** Enough of a content hash to compare by eye and to name a file by: its first 12 hex digits. */
export const contentReference = (hash: string): string => hash.slice(0, 12);

/**
 * The name the Word document of signed content is kept under in the plan's folder of the
 * document library: one file for each version of the content, whoever signed it.
 */
export const signedVersionFileName = (hash: string): string => `Signed version ${contentReference(hash)}.docx`;
