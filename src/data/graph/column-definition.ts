import type { ColumnDefinition as GraphColumnDefinition } from '@microsoft/microsoft-graph-types';
import { SINGLE_LINE_MAX, type ColumnSpec } from '../sharepoint/list-schema';

/** A Graph `columnDefinition` for creating a column from the schema. */
export type ColumnDefinition = Readonly<GraphColumnDefinition> & { readonly name: string };

type TypeFacet = Pick<GraphColumnDefinition, 'text' | 'number' | 'boolean' | 'choice'>;

function typeFacet(spec: ColumnSpec): TypeFacet {
  switch (spec.kind) {
    case 'text':
      return { text: { allowMultipleLines: false, maxLength: SINGLE_LINE_MAX } };
    case 'note':
      // Plain, said outright: in a rich text column SharePoint stores what is written as HTML,
      // which turns the JSON kept here into text the app cannot parse. Graph's textColumn.textType
      // is `plain` or `richText` (learn.microsoft.com/graph/api/resources/textcolumn).
      return { text: { allowMultipleLines: true, linesForEditing: 6, textType: 'plain' } };
    case 'number':
      return { number: {} };
    case 'boolean':
      return { boolean: {} };
    case 'choice':
      return { choice: { choices: [...(spec.choices ?? [])] } };
  }
}

export function columnDefinition(spec: ColumnSpec): ColumnDefinition {
  return {
    name: spec.name,
    ...(spec.indexed ? { indexed: true } : {}),
    ...(spec.unique ? { enforceUniqueValues: true } : {}),
    ...typeFacet(spec),
  };
}
