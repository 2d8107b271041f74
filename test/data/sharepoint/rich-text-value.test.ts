import { describe, expect, it } from 'vitest';
import { isRichTextValue, plainTextOfRichText } from '../../../src/data/sharepoint/rich-text-value';
import { asRichText } from '../../../src/emulator/model/field-values';

const CLASS = 'ExternalClass329AE0A1B2C3D4E5F60718293A4B5C6D';

describe('the plain text of a rich text value', () => {
  it.each([
    ['a JSON list', JSON.stringify(['(a) the front door', '(b) strategy meetings'])],
    ['JSON with every escaped character', JSON.stringify({ url: 'https://x.test/?a=1&b=<2>', quote: `it's "said"` })],
    ['text beyond ASCII', JSON.stringify(['Ofsted’s “letter” – 70 working days', 'emoji 🛡️', 'non\u00a0breaking'])],
    ['text with line breaks and tabs', 'first line\nsecond\tline'],
    ['a single character', '{'],
  ])('gives back %s exactly as it was written', (_what, text) => {
    expect(plainTextOfRichText(asRichText(text))).toBe(text);
  });

  it('decodes SharePoint’s entities, named, decimal and hexadecimal', () => {
    const html = `<div class="${CLASS}">https&#58;//x.test/?a=1&amp;b=&#123;&quot;x&quot;&#125; &lt;&gt; &apos;&#x2019;</div>`;
    expect(plainTextOfRichText(html)).toBe('https://x.test/?a=1&b={"x"} <> \'\u2019');
  });

  it('reads the wrapping with or without quotes around the class, and with space around it', () => {
    expect(plainTextOfRichText(`  <div class=${CLASS}>[&quot;a&quot;]</div>\n`)).toBe('["a"]');
  });

  it.each([
    ['text that is not wrapped', '["a"]'],
    ['markup that an editor added inside', `<div class="${CLASS}">[&quot;a&quot;,<br>&quot;b&quot;]</div>`],
    ['a paragraph around the text', `<div class="${CLASS}"><p>[&quot;a&quot;]</p></div>`],
    ['a second element after the wrapping', `<div class="${CLASS}">[]</div><div>more</div>`],
    ['another class', `<div class="ms-rtestate-field">[]</div>`],
    ['a bare ampersand', `<div class="${CLASS}">a & b</div>`],
    ['an entity it does not know', `<div class="${CLASS}">a&nbsp;b</div>`],
    ['a character number beyond Unicode', `<div class="${CLASS}">&#1114112;</div>`],
    ['a lone surrogate', `<div class="${CLASS}">&#xD800;</div>`],
  ])('refuses %s', (_what, html) => {
    expect(plainTextOfRichText(html)).toBeUndefined();
  });
});

describe('telling rich text from plain', () => {
  it('knows SharePoint’s wrapping, and not JSON that mentions it', () => {
    expect(isRichTextValue(asRichText('["a"]'))).toBe(true);
    expect(isRichTextValue(JSON.stringify(['<div class="ExternalClass1">']))).toBe(false);
  });
});
