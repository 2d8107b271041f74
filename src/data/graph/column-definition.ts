import { SINGLE_LINE_MAX, type ColumnSpec } from '../sharepoint/list-schema';

/** A Graph `columnDefinition` for creating a column from the schema. */
export type ColumnDefinition = Readonly<Record<string, unknown>> & { readonly name: string };

function typeFacet(spec: ColumnSpec): Readonly<Record<string, unknown>> {
  switch (spec.kind) {
    case 'text':
      return { text: { allowMultipleLines: false, maxLength: SINGLE_LINE_MAX } };
    case 'note':
      return { text: { allowMultipleLines: true, linesForEditing: 6 } };
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
