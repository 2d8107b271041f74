import { describe, expect, it } from 'vitest';
import { joinPages, pageText, type PositionedText } from '../../src/letter-text/pdf-lines';

const item = (str: string, x: number, y: number, height = 12, width = str.length * 6): PositionedText => ({
  str,
  x,
  y,
  width,
  height,
});

describe('pageText', () => {
  it('puts fragments on the same baseline on one line, left to right, with word spaces', () => {
    expect(pageText([item('world', 110, 700), item('Hello', 72, 700)])).toBe('Hello world');
  });

  it('does not add a space between touching fragments', () => {
    expect(pageText([item('multi', 72, 700, 12, 30), item('-agency', 102, 700)])).toBe('multi-agency');
  });

  it('glues a raised, smaller footnote marker to the word before it', () => {
    const line = [item('in Durham', 72, 700, 12, 54), item('1', 126, 704, 8, 4), item('. This inspection', 130, 700)];
    expect(pageText(line)).toBe('in Durham1. This inspection');
  });

  it('orders lines top to bottom and leaves a blank line at a paragraph gap', () => {
    const page = [item('Second line', 72, 685.5), item('First line', 72, 700), item('New paragraph', 72, 660)];
    expect(pageText(page)).toBe('First line\nSecond line\n\nNew paragraph');
  });

  it('ignores whitespace-only and zero-height fragments', () => {
    expect(pageText([item('Text', 72, 700), item(' ', 96, 700, 0), item('', 72, 680, 12, 0)])).toBe('Text');
  });
});

describe('joinPages', () => {
  it('separates pages with form feeds, like pdftotext', () => {
    expect(joinPages(['one', 'two'])).toBe('one\n\ftwo\n');
  });
});
