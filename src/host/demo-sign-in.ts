import type { AgencyKey } from '../domain/agency';
import type { UserId } from '../domain/ids';
import type { Role } from '../domain/member';
import type { DirectoryUser } from '../domain/persona';

/** A person offered by the local emulator's "sign in as" picker. */
export interface DemoPersonaOption extends DirectoryUser {
  readonly role: Role;
  readonly agency: AgencyKey | null;
}

const SESSION_KEY = 'jtai.demoPersona';

/**
 * Standalone sign-in against the local emulator. The choice lives in sessionStorage, so two
 * browser windows can be two different people.
 */
export interface DemoSignIn {
  listPersonas(): Promise<readonly DemoPersonaOption[]>;
  current(): UserId | null;
  signIn(id: UserId): void;
  signOut(): void;
  /** The bearer token the emulator accepts for the signed-in persona. */
  getToken(): Promise<string>;
}

export function createDemoSignIn(options: { emulatorUrl: string; storage: Storage; fetch?: typeof fetch }): DemoSignIn {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const { storage } = options;
  return {
    async listPersonas() {
      const response = await doFetch(`${options.emulatorUrl}/_emulator/personas`);
      if (!response.ok) throw new Error(`The local emulator did not list its people (HTTP ${response.status}).`);
      return (await response.json()) as DemoPersonaOption[];
    },
    current: () => (storage.getItem(SESSION_KEY) as UserId | null) ?? null,
    signIn: (id) => storage.setItem(SESSION_KEY, id),
    signOut: () => storage.removeItem(SESSION_KEY),
    async getToken() {
      const id = storage.getItem(SESSION_KEY);
      if (!id) throw new Error('Nobody is signed in.');
      return `demo.${id}`;
    },
  };
}
