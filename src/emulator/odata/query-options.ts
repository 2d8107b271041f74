import { badRequest } from '../http/graph-error';

/** Graph v1.0 accepts system query options with or without the `$` prefix. */
export function queryOption(query: URLSearchParams, name: string): string | undefined {
  return query.get(`$${name}`) ?? query.get(name) ?? undefined;
}

/** One entry of `$expand`, e.g. `fields(select=Title,PlanId)`. */
export interface ExpandEntry {
  readonly name: string;
  readonly select: readonly string[] | null;
}

/** Parses `$expand`: comma-separated names, each with optional `(select=…)` or `($select=…)`. */
export function parseExpand(source: string | undefined): ExpandEntry[] {
  if (source === undefined || source.trim() === '') return [];
  return splitTopLevel(source, ',').map((part) => {
    const match = /^\s*([A-Za-z]+)\s*(?:\((.*)\))?\s*$/.exec(part);
    if (!match?.[1]) throw badRequest(`Invalid $expand: '${part}'.`);
    return { name: match[1], select: nestedSelect(match[2]) };
  });
}

function nestedSelect(options: string | undefined): readonly string[] | null {
  if (options === undefined || options.trim() === '') return null;
  for (const option of options.split(';')) {
    const [key, value] = option.split('=');
    if (key?.trim().replace(/^\$/, '') === 'select' && value !== undefined) {
      return value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    }
  }
  return null;
}

function splitTopLevel(source: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of source) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** SharePoint's list view threshold caps a page. */
export const MAX_TOP = 5000;

export function parseTop(query: URLSearchParams, defaultTop: number): number {
  const raw = queryOption(query, 'top');
  if (raw === undefined) return defaultTop;
  const top = Number(raw);
  if (!/^\d+$/.test(raw) || top < 1) throw badRequest(`Invalid $top value '${raw}'.`);
  if (top > MAX_TOP) throw badRequest(`The $top value ${top} exceeds the list view threshold of ${MAX_TOP}.`);
  return top;
}

/** A skiptoken is SharePoint's `Paged=TRUE&p_ID=<last id>`, base64-encoded. */
export function encodeSkipToken(lastId: number): string {
  return Buffer.from(`Paged=TRUE&p_ID=${lastId}`).toString('base64');
}

/** The id after which the page starts (0 for the first page). */
export function decodeSkipToken(query: URLSearchParams): number {
  const token = queryOption(query, 'skiptoken');
  if (token === undefined) return 0;
  const match = /^Paged=TRUE&p_ID=(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
  if (!match?.[1]) throw badRequest('The $skiptoken is not valid.');
  return Number(match[1]);
}
