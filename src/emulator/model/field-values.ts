import { badRequest } from '../http/graph-error';
import { isObject } from '../http/json-input';
import type { ColumnRecord, FieldValue, FieldValues, ListRecord } from './list-model';

/**
 * Checks the fields a client sends against the list's columns, as SharePoint does, and
 * returns them normalised: an empty string is stored as null (SharePoint keeps no empty text).
 */
export function parseFieldChanges(list: ListRecord, input: unknown): FieldValues {
  if (!isObject(input)) throw badRequest('The fields must be a JSON object.');
  const changes: FieldValues = {};
  for (const [name, raw] of Object.entries(input)) {
    if (name.startsWith('@odata')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw badRequest(`Field '${name}' is not recognized.`);
    if (column.readOnly || name === 'id') throw badRequest(`Field '${name}' is read-only.`);
    changes[name] = valueFor(column, raw);
  }
  return changes;
}

/** A created item must carry every required column. */
export function checkRequired(list: ListRecord, fields: FieldValues): void {
  const missing = list.columns.find((c) => c.required && (fields[c.name] ?? null) === null);
  if (missing) throw badRequest(`Field '${missing.name}' is required.`);
}

function valueFor(column: ColumnRecord, raw: unknown): FieldValue {
  if (raw === null) return null;
  switch (column.type) {
    case 'text':
      return textValue(column, raw);
    case 'choice':
      return choiceValue(column, raw);
    case 'number':
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw wrongType(column, 'a number');
      return raw;
    case 'boolean':
      if (typeof raw !== 'boolean') throw wrongType(column, 'true or false');
      return raw;
    case 'dateTime':
    case 'personOrGroup':
      throw badRequest(`Field '${column.name}' is read-only.`);
  }
}

function textValue(column: ColumnRecord, raw: unknown): FieldValue {
  if (typeof raw !== 'string') throw wrongType(column, 'text');
  const facet = column.text;
  if (facet && !facet.allowMultipleLines && raw.length > facet.maxLength) {
    throw badRequest(
      `The value of field '${column.name}' is ${raw.length} characters long; single line of text allows at most ${facet.maxLength}.`,
    );
  }
  return raw === '' ? null : raw;
}

function choiceValue(column: ColumnRecord, raw: unknown): FieldValue {
  if (typeof raw !== 'string') throw wrongType(column, 'one of its choices');
  if (raw === '') return null;
  const facet = column.choice;
  if (facet && !facet.allowTextEntry && !facet.choices.includes(raw)) {
    throw badRequest(`'${raw}' is not one of the choices of field '${column.name}'.`);
  }
  return raw;
}

const wrongType = (column: ColumnRecord, expected: string) => badRequest(`Field '${column.name}' must be ${expected}.`);
