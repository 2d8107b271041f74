import { Document, Packer, type ISectionOptions } from 'docx';
import { findingSectionBlocks, strengthBlocks, summaryBlocks, unlinkedBlocks } from './docx-action-tables';
import { coverBlocks, governanceBlocks } from './docx-cover';
import { pageProperties, runningHead } from './docx-page';
import { documentStyles } from './docx-styles';
import type { SubmissionModel } from './submission-model.types';
import { xmlSafeText } from './xml-safe-text';

/**
 * The written statement of action as a Word document: a portrait cover and governance record,
 * then landscape pages for the tables. Runs in the browser and in Node alike, because
 * `Packer.toArrayBuffer` needs neither Blob nor Buffer.
 */
export async function buildSubmissionDocx(model: SubmissionModel): Promise<Uint8Array> {
  const partnership = `${model.cover.area} safeguarding partnership`;
  const document = new Document({
    title: xmlSafeText(model.cover.title),
    subject: `Written statement of action following the ${model.cover.inspectionType.toLowerCase()}`,
    creator: xmlSafeText(partnership),
    lastModifiedBy: xmlSafeText(partnership),
    description: model.final ? 'Approved written statement of action' : 'Draft: not yet approved',
    styles: documentStyles(),
    sections: sections(model),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function sections(model: SubmissionModel): ISectionOptions[] {
  const head = () => runningHead(model);
  const list: ISectionOptions[] = [
    {
      properties: pageProperties('portrait'),
      ...head(),
      children: [...coverBlocks(model), ...governanceBlocks(model)],
    },
    {
      properties: pageProperties('landscape'),
      ...head(),
      children: [...summaryBlocks(model), ...findingSectionBlocks(model), ...unlinkedBlocks(model)],
    },
  ];
  const strengths = strengthBlocks(model);
  if (strengths.length > 0) list.push({ properties: pageProperties('portrait'), ...head(), children: strengths });
  return list;
}
