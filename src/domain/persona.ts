import type { UserId } from './ids';

/** A person in the directory (Entra ID in a tenant; the demo directory locally). */
export interface DirectoryUser {
  readonly id: UserId;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string;
  readonly organisation: string;
}
