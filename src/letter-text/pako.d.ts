/** The part of pako 1.x (the inflater jszip, and so mammoth, already ships) that letter-text uses. */
declare module 'pako' {
  export interface InflateOptions {
    /** Raw deflate (as in zip entries) rather than the zlib format (as in PDF streams). */
    readonly raw?: boolean;
    /** Bytes handed to `onData` at a time. */
    readonly chunkSize?: number;
  }
  export class Inflate {
    constructor(options?: InflateOptions);
    /** Inflates what it can of `data`; `last` finishes the stream. False once it has failed. */
    push(data: Uint8Array, last?: boolean): boolean;
    onData(chunk: Uint8Array): void;
    /** True once the stream has ended, or failed. */
    readonly ended: boolean;
  }
  const pako: { readonly Inflate: typeof Inflate };
  export default pako;
}
