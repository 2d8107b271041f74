import type { Rag } from '../domain/action';

/** Pale fills that keep black text readable; the status words always sit in the same cell. */
export const RAG_FILL: Record<Rag, string> = {
  grey: 'E7E6E6',
  green: 'C6EFCE',
  amber: 'FFEB9C',
  red: 'FFC7CE',
  blue: 'DDEBF7',
};
