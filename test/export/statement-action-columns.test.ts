import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { ACTION_FIELDS, type ActionFieldSpec } from '../../src/domain/action-fields';
import { actionTable } from '../../src/export/docx-statement-areas';
import { statementActionColumns, type ActionFieldTable } from '../../src/export/statement-action-columns';
import { buildSubmissionModel } from '../../src/export/submission-model';
import type { ActionRow } from '../../src/export/submission-model.types';
import { bodyBlocks, readDocx } from './support/read-docx';
import { haringeySnapshot, options } from './support/snapshots';

/** A text field not in the app, marked for the statement as `statement` says. */
function madeUpField(label: string, statement: ActionFieldSpec['statement']): ActionFieldSpec {
  return {
    kind: 'text',
    label,
    column: { name: label.replace(/\W/g, ''), type: 'note' },
    signed: 'when-set',
    editable: true,
    statement,
  };
}

const row = (extra: Readonly<Record<string, unknown>>): ActionRow => {
  const first = buildSubmissionModel(haringeySnapshot(), options()).actions[0]!;
  return { ...first, ...extra } as ActionRow;
};

/** The statement's table of actions for these rows, as Word reads it back: a list of rows of cell texts. */
async function renderedTable(rows: readonly ActionRow[], fields: ActionFieldTable) {
  const document = new Document({
    sections: [{ children: [actionTable(rows, 'PA1', statementActionColumns(fields))] }],
  });
  const parts = await readDocx(new Uint8Array(await Packer.toArrayBuffer(document)));
  const [table] = bodyBlocks(parts.document).filter((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('The document has no table.');
  return { rows: table.rows, xml: parts.document };
}

describe("the statement's table of actions, from ACTION_FIELDS", () => {
  it('has the columns the table places there, in its order, sharing the width as before', () => {
    const columns = statementActionColumns();
    expect(columns.map((c) => [c.header, c.share])).toEqual([
      ['Action', 27],
      ['Lead agency and lead officer', 17],
      ['Contributing agencies', 13],
      ['Milestones and timescale', 16],
      ['Success measure and how it is measured', 19],
    ]);
  });

  it('shows a field that opens a column of its own under its header, or its blank line', async () => {
    const fields = {
      ...ACTION_FIELDS,
      budget: madeUpField('Budget', { column: { header: 'Budget', share: 10 }, whenBlank: 'Not costed' }),
    };
    const { rows, xml } = await renderedTable([row({ budget: ' £12,000 ' }), row({ budget: '' })], fields);
    expect(rows[0]).toEqual([
      'No.',
      'Action',
      'Lead agency and lead officer',
      'Contributing agencies',
      'Milestones and timescale',
      'Success measure and how it is measured',
      'Budget',
    ]);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['£12,000', 'Not costed']);
    // The widths are shares of the text width: a new column narrows the others.
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(7);
    expect(widths[6]! / widths[1]!).toBeCloseTo(10 / 27, 2);
  });

  it('shows a field that joins a column below the fields before it, after its prefix', async () => {
    const fields = {
      ...ACTION_FIELDS,
      riskOwner: madeUpField('Risk owner', { column: { joins: 'leadAgency' }, prefix: 'Risk owner' }),
    };
    const { rows } = await renderedTable([row({ riskOwner: 'Head of Audit' }), row({ riskOwner: '' })], fields);
    expect(rows[0]).toHaveLength(6);
    expect(rows[1]?.[2]).toBe(
      'Health (ICB and NHS trusts)\nPriya Shah, Head of Service, MASH and Assessment\nSponsor: Director of Nursing\n' +
        'Risk owner: Head of Audit',
    );
    expect(rows[2]?.[2]).not.toContain('Risk owner');
  });

  it('refuses a field that joins the column of no earlier field in the statement', () => {
    const fields = { late: madeUpField('Late', { column: { joins: 'title' } }), ...ACTION_FIELDS };
    expect(() => statementActionColumns(fields)).toThrow('"late" joins the column of "title"');
    const unknown = { ...ACTION_FIELDS, odd: madeUpField('Odd', { column: { joins: 'nothing' } }) };
    expect(() => statementActionColumns(unknown)).toThrow('"odd" joins the column of "nothing"');
  });
});
