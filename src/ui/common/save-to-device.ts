/** Hands a file to the browser to download (or open, as the browser decides); returns its address to offer again. */
export function saveToDevice(file: {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
}): string {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  return url;
}
