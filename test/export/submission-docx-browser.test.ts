// @vitest-environment jsdom
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildSubmissionDocx } from '../../src/export/submission-docx';
import { buildSubmissionModel } from '../../src/export/submission-model';
import { readDocx } from './support/read-docx';
import { haringeySnapshot, options, SPECIAL_TEXT } from './support/snapshots';

/** Under jsdom, as the UI's tests run, with the browser's own XML parser as the judge of well-formedness. */
describe('buildSubmissionDocx in a browser-like environment', () => {
  it('writes well-formed XML even from text a PDF extraction leaves behind', async () => {
    const snapshot = haringeySnapshot();
    const messy = 'Page break\fin the middle\u0007& a bell';
    const findings = snapshot.findings.map((f, i) => (i === 0 ? { ...f, text: messy } : f));
    const bytes = await buildSubmissionDocx(buildSubmissionModel({ ...snapshot, findings }, options()));
    expect(bytes).toBeInstanceOf(Uint8Array);

    const parts = await readDocx(bytes);
    for (const xml of [parts.document, parts.styles, parts.core, ...parts.headers]) {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    }
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Page break in the middle & a bell');
    expect(value).toContain(SPECIAL_TEXT);
  });
});
