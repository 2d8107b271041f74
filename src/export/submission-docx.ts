import { Document, Packer, type ISectionOptions } from 'docx';
import { Outline } from './docx-outline';
import { pageProperties, runningHead } from './docx-page';
import { areaBlocks } from './docx-statement-areas';
import { contactBlocks, monitoringBlocks, signatureBlocks } from './docx-statement-closing';
import { contentsBlocks, coverBlocks, forewordBlocks, summaryBlocks } from './docx-statement-front';
import { documentStyles } from './docx-styles';
import type { SubmissionModel } from './submission-model.types';
import { xmlSafeText } from './xml-safe-text';

/**
 * The written statement of action as a Word document, set out as councils write one: cover,
 * contents, foreword, summary of the findings, each area with its actions (on landscape pages),
 * governance and monitoring, signatures and named contacts. Runs in the browser and in Node alike,
 * because `Packer.toArrayBuffer` needs neither Blob nor Buffer.
 */
export async function buildSubmissionDocx(model: SubmissionModel): Promise<Uint8Array> {
  const { partnership } = model.statement.cover;
  const document = new Document({
    title: xmlSafeText(`${model.statement.cover.area} written statement of action`),
    subject: xmlSafeText(`Written statement of action: ${model.statement.cover.inspectionTitle}`),
    creator: xmlSafeText(partnership),
    lastModifiedBy: xmlSafeText(partnership),
    description: model.final ? 'Approved written statement of action' : 'Draft for approval',
    styles: documentStyles(),
    sections: sections(model),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Sections in reading order; the contents are written last, from the headings the others made. */
function sections(model: SubmissionModel): ISectionOptions[] {
  const { statement } = model;
  const outline = new Outline();
  const head = () => runningHead(model);
  const opening = [...forewordBlocks(statement, outline), ...summaryBlocks(statement, outline)];
  const areas = areaBlocks(statement, outline);
  const closing = [
    ...monitoringBlocks(statement, outline),
    ...signatureBlocks(statement, outline),
    ...contactBlocks(statement, outline),
  ];
  return [
    {
      properties: pageProperties('portrait'),
      ...head(),
      children: [...coverBlocks(statement.cover), ...contentsBlocks(outline), ...opening],
    },
    { properties: pageProperties('landscape'), ...head(), children: areas },
    { properties: pageProperties('portrait'), ...head(), children: closing },
  ];
}
