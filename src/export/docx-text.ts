import { HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import { xmlSafeText } from './xml-safe-text';

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for text that may hold line breaks: Word ignores a raw newline inside `w:t`. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return xmlSafeText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...style, text: line, break: i === 0 ? undefined : 1 }));
}

export function textParagraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, style) });
}

/** `Label: value`, with the label bold so the pair reads well both on paper and aloud. */
export function labelledParagraph(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)],
  });
}

/** A bulleted item; `last` gives the end of a list the space an ordinary paragraph has after it. */
export function bulletParagraph(text: string, level: 0 | 1 = 0, last = false): Paragraph {
  return new Paragraph({ bullet: { level }, spacing: { after: last ? 160 : 60 }, children: textRuns(text) });
}

export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  const styles = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return new Paragraph({ heading: styles[level], keepNext: true, children: textRuns(text) });
}
