import { badRequest, GraphError } from '../http/graph-error';
import { isObject } from '../http/json-input';
import { parseDateTime } from './date-time-value';
import type { ColumnRecord, FieldValue, FieldValues, ListRecord } from './list-model';

/**
 * What the server keeps for itself: the built-in columns (read-only, so refused by column) and
 * the lookup ids Graph writes person columns through. Nobody may say who wrote an item or when.
 */
const SERVER_STAMPED = ['id', 'ID', 'AuthorLookupId', 'EditorLookupId', '_UIVersionString'];

/**
 * Checks the fields a client sends against the list's columns, as SharePoint does, and
 * returns them normalised: an empty string is stored as null (SharePoint keeps no empty text).
 */
export function parseFieldChanges(list: ListRecord, input: unknown): FieldValues {
  if (!isObject(input)) throw badRequest('The fields must be a JSON object.');
  const changes: FieldValues = {};
  for (const [name, raw] of Object.entries(input)) {
    if (name.startsWith('@odata')) continue;
    if (SERVER_STAMPED.includes(name)) throw badRequest(`Field '${name}' is read-only.`);
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw badRequest(`Field '${name}' is not recognized.`);
    if (column.readOnly) throw badRequest(`Field '${name}' is read-only.`);
    changes[name] = valueFor(column, raw);
  }
  return changes;
}

/** A created item must carry every required column. */
export function checkRequired(list: ListRecord, fields: FieldValues): void {
  const missing = list.columns.find((c) => c.required && (fields[c.name] ?? null) === null);
  if (missing) throw badRequest(`Field '${missing.name}' is required.`);
}

/** SharePoint compares text case-insensitively when it enforces unique values. */
const uniqueKey = (value: FieldValue | undefined): FieldValue | undefined =>
  typeof value === 'string' ? value.toLowerCase() : value;

/** Whether another item (not `selfId`) already holds this value in the column. */
export function holdsValue(
  list: ListRecord,
  column: string,
  value: FieldValue | undefined,
  selfId: number | null,
): boolean {
  const key = uniqueKey(value);
  if (key === undefined || key === null) return false;
  return [...list.items.values()].some((item) => item.id !== selfId && uniqueKey(item.fields[column]) === key);
}

/** A write that would give two items the same value in a column that enforces unique values. */
export function checkUnique(list: ListRecord, fields: FieldValues, selfId: number | null): void {
  const clash = list.columns.find(
    (c) => c.enforceUniqueValues === true && holdsValue(list, c.name, fields[c.name], selfId),
  );
  if (clash) {
    throw new GraphError(
      409,
      'nameAlreadyExists',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clash.name}].`,
    );
  }
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
      return dateTimeValue(column, raw);
    case 'personOrGroup':
      throw badRequest(`Field '${column.name}' is read-only.`);
  }
}

function dateTimeValue(column: ColumnRecord, raw: unknown): FieldValue {
  if (raw === '') return null;
  const value = typeof raw === 'string' ? parseDateTime(raw) : null;
  if (value === null) throw badRequest(`'${String(raw)}' is not a valid DateTime value for field '${column.name}'.`);
  return value;
}

function textValue(column: ColumnRecord, raw: unknown): FieldValue {
  if (typeof raw !== 'string') throw wrongType(column, 'text');
  const facet = column.text;
  if (facet && !facet.allowMultipleLines && raw.length > facet.maxLength) {
    throw badRequest(
      `The value of field '${column.name}' is ${raw.length} characters long; single line of text allows at most ${facet.maxLength}.`,
    );
  }
  if (raw === '') return null;
  return facet?.allowMultipleLines && facet.textType === 'richText' ? asRichText(raw) : raw;
}

/**
 * What SharePoint keeps for text written to a multi-line rich text (enhanced rich text) column:
 * the text taken as HTML, wrapped in `<div class="ExternalClass…">` with its characters escaped,
 * so reading it back gives that HTML rather than what was written. Seen on SharePoint Online,
 * e.g. `<div class="ExternalClass329AE…">https&#58;//…?a=1&amp;b=&#123;&quot;x&quot;…</div>`
 * (github.com/pnp/sp-dev-fx-extensions/issues/103); Graph's textColumn only names the types
 * (learn.microsoft.com/graph/api/resources/textcolumn). The class suffix is a GUID's hex in
 * SharePoint; here it is derived from the text, so that the emulator stays deterministic.
 */
export function asRichText(text: string): string {
  return `<div class="ExternalClass${classSuffix(text)}">${escapeHtml(text)}</div>`;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  ':': '&#58;',
  '{': '&#123;',
  '}': '&#125;',
};

const escapeHtml = (text: string) => text.replace(/[&<>"':{}]/g, (c) => HTML_ESCAPES[c] ?? c);

/** 32 upper-case hex digits (FNV-1a over the text, four rounds), in the form of SharePoint's GUID suffix. */
function classSuffix(text: string): string {
  let hex = '';
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hex += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return hex.toUpperCase();
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
