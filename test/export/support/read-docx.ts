import JSZip from 'jszip';

/** The parts of a .docx the tests read, as XML text. */
export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly core: string;
  readonly headers: readonly string[];
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`The document has no ${name}.`);
    return file.async('string');
  };
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    core: await part('docProps/core.xml'),
    headers: await Promise.all(headerNames.map(part)),
  };
}

export type Block =
  | { readonly kind: 'p'; readonly style: string | null; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[]; readonly headerRows: readonly boolean[] }
  | { readonly kind: 'section'; readonly orientation: string | null; readonly hasHeader: boolean };

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A paragraph's text as a reader sees it: runs joined, line breaks as `\n`. */
export function paragraphText(xml: string): string {
  const pieces = xml.match(/<w:t(?:\s[^>]*)?>[\s\S]*?<\/w:t>|<w:br\/>/g) ?? [];
  return pieces.map((p) => (p === '<w:br/>' ? '\n' : decode(p.replace(/^<w:t[^>]*>|<\/w:t>$/g, '')))).join('');
}

/** The body as a flat list of paragraphs, tables and section ends, in document order. */
export function bodyBlocks(documentXml: string): Block[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  const tokens = body.match(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>|<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
  return tokens.flatMap((token): Block[] => {
    if (token.startsWith('<w:tbl>')) return [table(token)];
    if (token.startsWith('<w:sectPr')) return [section(token)];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(token)?.[1] ?? null;
    const sect = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(token)?.[0];
    const paragraph: Block = { kind: 'p', style, text: paragraphText(token) };
    return sect ? [paragraph, section(sect)] : [paragraph];
  });
}

function table(xml: string): Block {
  const rows = xml.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? [];
  return {
    kind: 'table',
    headerRows: rows.map((r) => /<w:tblHeader\/>/.test(r)),
    rows: rows.map((r) =>
      (r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
        (cell.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).map(paragraphText).join('\n'),
      ),
    ),
  };
}

function section(xml: string): Block {
  return {
    kind: 'section',
    orientation: /w:orient="([^"]+)"/.exec(xml)?.[1] ?? null,
    hasHeader: /<w:headerReference\b/.test(xml),
  };
}
