import { readFileSync } from 'node:fs';

/** A file's bytes as a standalone ArrayBuffer, as the browser's File.arrayBuffer() gives. */
export function readArrayBuffer(path: string): ArrayBuffer {
  return toArrayBuffer(readFileSync(path));
}

export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
