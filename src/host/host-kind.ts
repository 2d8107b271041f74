export type HostKind = 'teams' | 'standalone';

export interface HostInfo {
  readonly kind: HostKind;
  /** Theme the host asks for, if it has one. */
  readonly theme: 'default' | 'dark' | 'contrast' | null;
  /** A sub-page (finding or action) the host was opened on, if any. */
  readonly subPageId: string | null;
}
