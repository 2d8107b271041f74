/**
 * Characters XML 1.0 cannot carry at all (not even escaped): most C0 controls, lone surrogates
 * and U+FFFE/U+FFFF. Letters extracted from PDFs bring form feeds and the like. docx and exceljs
 * drop them silently, which joins the words either side ("Page\fbreak" becomes "Pagebreak"), so
 * they become spaces here first. Tab, line feed and carriage return are legal and kept.
 */
const NOT_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML cannot hold replaced by spaces; markup characters are left to the writer. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHARS, ' ');
}
