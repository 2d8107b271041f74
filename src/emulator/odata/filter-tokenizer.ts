import { badRequest } from '../http/graph-error';

export type FilterToken =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ',' };

const WORD = /^[A-Za-z_][A-Za-z0-9_/]*/;
const NUMBER = /^-?\d+(\.\d+)?/;

/** Splits an OData `$filter` into words, literals and punctuation. */
export function tokenizeFilter(source: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let rest = source;
  while ((rest = rest.trimStart()).length > 0) {
    const head = rest[0];
    if (head === '(' || head === ')' || head === ',') {
      tokens.push({ kind: 'punct', text: head });
      rest = rest.slice(1);
    } else if (head === "'") {
      const [value, length] = readString(rest);
      tokens.push({ kind: 'string', value });
      rest = rest.slice(length);
    } else {
      const number = NUMBER.exec(rest);
      const word = WORD.exec(rest);
      if (number) tokens.push({ kind: 'number', value: Number(number[0]) });
      else if (word) tokens.push({ kind: 'word', text: word[0] });
      else throw badRequest(`Invalid filter clause: unexpected '${rest.slice(0, 10)}'.`);
      rest = rest.slice((number ?? word)?.[0].length ?? 0);
    }
  }
  return tokens;
}

/** A quoted literal, where `''` stands for one quote. Returns the value and the characters used. */
function readString(source: string): [string, number] {
  let value = '';
  let i = 1;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "'" && source[i + 1] === "'") {
      value += "'";
      i += 2;
    } else if (ch === "'") {
      return [value, i + 1];
    } else {
      value += ch;
      i += 1;
    }
  }
  throw badRequest('Invalid filter clause: a quoted string is not closed.');
}
