/**
 * SharePoint's rich text wrapping of a multi-line value, and its inverse. What is written to a
 * multi-line rich text (enhanced rich text) column is stored as HTML: the text, its characters
 * escaped as entities, inside `<div class="ExternalClass…">` (the class suffix a GUID's hex), e.g.
 * `<div class="ExternalClass329AE…">https&#58;//…?a=1&amp;b=&#123;&quot;x&quot;…</div>`
 * (github.com/pnp/sp-dev-fx-extensions/issues/103). Graph's textColumn only names the types
 * (learn.microsoft.com/graph/api/resources/textcolumn).
 */

/** Whether a multi-line value is SharePoint's rich text wrapping. */
export const isRichTextValue = (text: string): boolean => /^\s*<div class="?ExternalClass/i.test(text);

/** The one `<div class="ExternalClass…">` around the whole value, and what it holds. */
const WRAPPED = /^\s*<div class=(?:"ExternalClass[0-9A-F]*"|ExternalClass[0-9A-F]*)>([^<]*)<\/div>\s*$/i;

/** The named entities an escaping of plain text gives; any other name is not taken as text. */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&name;`, `&#123;` or `&#x7B;`; a bare `&` also matches, so that it is refused. */
const ENTITY = /&(?:#(\d{1,7});|#x([0-9a-f]{1,6});|([a-z]+);)?/gi;

function decodeEntity(decimal: string | undefined, hex: string | undefined, name: string | undefined) {
  if (name !== undefined) return NAMED[name.toLowerCase()];
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : Number.NaN;
  // A lone surrogate or a code point past Unicode's end was not escaped from text.
  const isText = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return Number.isInteger(code) && isText ? String.fromCodePoint(code) : undefined;
}

/**
 * The plain text a rich text value was written as: the inside of the `ExternalClass` div with its
 * entities decoded. `undefined` for anything else (no wrapping, markup inside such as `<br>` or
 * `<p>` that someone's editing added, a bare `&` or an unknown entity), since turning that back
 * into text would be a guess.
 */
export function plainTextOfRichText(html: string): string | undefined {
  const inner = WRAPPED.exec(html)?.[1];
  if (inner === undefined) return undefined;
  let refused = false;
  const text = inner.replace(ENTITY, (_entity, decimal?: string, hex?: string, name?: string) => {
    const decoded = decodeEntity(decimal, hex, name);
    if (decoded === undefined) refused = true;
    return decoded ?? '';
  });
  return refused ? undefined : text;
}
