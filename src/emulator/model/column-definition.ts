import { badRequest } from '../http/graph-error';
import {
  isObject,
  optionalBoolean,
  optionalInteger,
  optionalString,
  type JsonObject as Json,
} from '../http/json-input';
import type { ColumnRecord, ColumnType, DateTimeFacet, TextFacet, TextType } from './list-model';
import type { ColumnChanges } from './mutation';

/** SharePoint's limit for single-line text. */
export const SINGLE_LINE_LIMIT = 255;

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const SUPPORTED_FACETS = ['text', 'number', 'boolean', 'choice', 'dateTime'] as const;
const UNSUPPORTED_FACETS = ['personOrGroup', 'lookup', 'currency', 'calculated', 'hyperlinkOrPicture', 'term'];

/** Turns a Graph columnDefinition from a request into a column, or refuses it with 400. */
export function parseColumnDefinition(input: unknown, id: string): ColumnRecord {
  if (!isObject(input)) throw badRequest('A columnDefinition object is required.');
  const name = input['name'];
  if (typeof name !== 'string' || !COLUMN_NAME.test(name)) {
    throw badRequest(`Column name '${String(name)}' is not valid: use letters, digits and underscores.`);
  }
  const facets = SUPPORTED_FACETS.filter((f) => input[f] !== undefined);
  const unsupported = UNSUPPORTED_FACETS.find((f) => input[f] !== undefined);
  if (unsupported) throw badRequest(`Column type '${unsupported}' is not supported by the emulator.`);
  const [type, ...extra] = facets;
  if (!type || extra.length > 0)
    throw badRequest(`Column '${name}' must have exactly one type facet (text, number, boolean, choice or dateTime).`);
  const indexed = optionalBoolean(input, 'indexed') ?? false;
  const unique = optionalBoolean(input, 'enforceUniqueValues') ?? false;
  if (unique && !indexed) throw badRequest(`Column '${name}' must be indexed to enforce unique values.`);
  return {
    id,
    name,
    displayName: optionalString(input, 'displayName') ?? name,
    description: optionalString(input, 'description') ?? '',
    indexed,
    ...(unique ? { enforceUniqueValues: true } : {}),
    required: optionalBoolean(input, 'required') ?? false,
    readOnly: false,
    builtIn: false,
    type,
    ...facetOf(type, input[type], name),
  };
}

function facetOf(type: ColumnType, facet: unknown, name: string): Pick<ColumnRecord, 'text' | 'choice' | 'dateTime'> {
  if (facet !== undefined && !isObject(facet)) throw badRequest(`Column '${name}': '${type}' must be an object.`);
  const options = facet ?? {};
  if (type === 'text') {
    const allowMultipleLines = optionalBoolean(options, 'allowMultipleLines') ?? false;
    const maxLength = optionalInteger(options, 'maxLength') ?? SINGLE_LINE_LIMIT;
    if (!allowMultipleLines && (maxLength < 1 || maxLength > SINGLE_LINE_LIMIT)) {
      throw badRequest(`Column '${name}': maxLength of single-line text must be between 1 and ${SINGLE_LINE_LIMIT}.`);
    }
    const linesForEditing = optionalInteger(options, 'linesForEditing') ?? (allowMultipleLines ? 6 : 0);
    const textType = textTypeOf(options, name) ?? 'plain';
    return { text: { allowMultipleLines, maxLength, linesForEditing, textType } };
  }
  if (type === 'choice') {
    const choices = options['choices'];
    if (!Array.isArray(choices) || !choices.every((c) => typeof c === 'string')) {
      throw badRequest(`Column '${name}': choice.choices must be a list of strings.`);
    }
    return { choice: { choices, allowTextEntry: optionalBoolean(options, 'allowTextEntry') ?? false } };
  }
  if (type === 'dateTime') return { dateTime: dateTimeFacet(options, name) };
  return {};
}

/**
 * Graph's textColumn.textType: "Must be one of plain or richText"
 * (learn.microsoft.com/graph/api/resources/textcolumn).
 */
function textTypeOf(options: Json, name: string): TextType | undefined {
  const textType = optionalString(options, 'textType');
  if (textType === undefined || textType === 'plain' || textType === 'richText') return textType;
  throw badRequest(`Column '${name}': text.textType must be plain or richText.`);
}

/** Graph's dateTimeColumn: `format` dateOnly or dateTime, `displayAs` default, friendly or standard. */
function dateTimeFacet(options: Json, name: string): DateTimeFacet {
  const format = optionalString(options, 'format') ?? 'dateTime';
  const displayAs = optionalString(options, 'displayAs') ?? 'default';
  if (format !== 'dateOnly' && format !== 'dateTime') {
    throw badRequest(`Column '${name}': dateTime.format must be dateOnly or dateTime.`);
  }
  if (displayAs !== 'default' && displayAs !== 'friendly' && displayAs !== 'standard') {
    throw badRequest(`Column '${name}': dateTime.displayAs must be default, friendly or standard.`);
  }
  return { format, displayAs };
}

/**
 * The changes `PATCH /columns/{id}` may make. Graph lets any property of a list's column be
 * updated (learn.microsoft.com/graph/api/columndefinition-update); of the text facet the
 * emulator changes `textType` and `linesForEditing`, and refuses what it does not model.
 */
export function parseColumnChanges(input: unknown, column: ColumnRecord): ColumnChanges {
  if (!isObject(input)) throw badRequest('A columnDefinition object is required.');
  const allowed = ['indexed', 'enforceUniqueValues', 'displayName', 'description', 'required', 'text'];
  const other = Object.keys(input).find((k) => !allowed.includes(k) && !k.startsWith('@odata'));
  if (other) throw badRequest(`Changing '${other}' of a column is not supported by the emulator.`);
  const changes: ColumnChanges = {};
  const unique = optionalBoolean(input, 'enforceUniqueValues');
  if (unique !== undefined) changes.enforceUniqueValues = unique;
  const indexed = optionalBoolean(input, 'indexed');
  const required = optionalBoolean(input, 'required');
  const displayName = optionalString(input, 'displayName');
  const description = optionalString(input, 'description');
  if (indexed !== undefined) changes.indexed = indexed;
  if (required !== undefined) changes.required = required;
  if (displayName !== undefined) changes.displayName = displayName;
  if (description !== undefined) changes.description = description;
  if (input['text'] !== undefined) changes.text = textChanges(input['text'], column);
  return changes;
}

/** The text facet after a PATCH: only what is sent changes (the rest of the facet stays). */
function textChanges(input: unknown, column: ColumnRecord): TextFacet {
  const current = column.text;
  if (column.type !== 'text' || !current) throw badRequest(`Column '${column.name}' is not a text column.`);
  if (!isObject(input)) throw badRequest(`Column '${column.name}': 'text' must be an object.`);
  const allowed = ['textType', 'linesForEditing', 'allowMultipleLines'];
  const other = Object.keys(input).find((k) => !allowed.includes(k) && !k.startsWith('@odata'));
  if (other) throw badRequest(`Changing text.${other} of a column is not supported by the emulator.`);
  const allowMultipleLines = optionalBoolean(input, 'allowMultipleLines');
  if (allowMultipleLines !== undefined && allowMultipleLines !== current.allowMultipleLines) {
    throw badRequest('Changing text.allowMultipleLines of a column is not supported by the emulator.');
  }
  const textType = textTypeOf(input, column.name);
  const linesForEditing = optionalInteger(input, 'linesForEditing');
  return {
    ...current,
    ...(textType !== undefined ? { textType } : {}),
    ...(linesForEditing !== undefined ? { linesForEditing } : {}),
  };
}

/** The columns SharePoint puts on every generic list. */
export function builtInColumns(newId: () => string): ColumnRecord[] {
  const builtIn = (name: string, displayName: string, type: ColumnType, readOnly: boolean): ColumnRecord => ({
    id: newId(),
    name,
    displayName,
    description: '',
    indexed: false,
    required: false,
    readOnly,
    builtIn: true,
    type,
    ...(type === 'text'
      ? { text: { allowMultipleLines: false, maxLength: SINGLE_LINE_LIMIT, linesForEditing: 0, textType: 'plain' } }
      : {}),
  });
  return [
    builtIn('Title', 'Title', 'text', false),
    builtIn('Created', 'Created', 'dateTime', true),
    builtIn('Modified', 'Modified', 'dateTime', true),
    builtIn('Author', 'Created By', 'personOrGroup', true),
    builtIn('Editor', 'Modified By', 'personOrGroup', true),
  ];
}

/** The column as Graph's columnDefinition resource. */
export function columnView(column: ColumnRecord): Json {
  return {
    id: column.id,
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    columnGroup: column.builtIn ? 'Core Columns' : 'Custom Columns',
    enforceUniqueValues: column.enforceUniqueValues === true,
    hidden: false,
    indexed: column.indexed,
    readOnly: column.readOnly,
    required: column.required,
    [column.type]: facetView(column),
  };
}

function facetView(column: ColumnRecord): Json {
  switch (column.type) {
    case 'text':
      return { ...column.text, appendChangesToExistingText: false, textType: column.text?.textType ?? 'plain' };
    case 'choice':
      return { ...column.choice, displayAs: 'dropDownMenu' };
    case 'number':
      return { decimalPlaces: 'automatic', displayAs: 'number' };
    case 'dateTime':
      return { displayAs: column.dateTime?.displayAs ?? 'default', format: column.dateTime?.format ?? 'dateTime' };
    case 'personOrGroup':
      return { allowMultipleSelection: false, chooseFromType: 'peopleOnly', displayAs: 'nameWithPresence' };
    case 'boolean':
      return {};
  }
}
