/**
 * Where Graph is and which site holds the lists. Locally: the emulator on the dev server's
 * origin. In a tenant the same build is pointed at graph.microsoft.com by configuration.
 */
export interface AppConfig {
  readonly graphBaseUrl: string;
  readonly emulatorUrl: string;
  readonly siteId: string;
}

/** The emulator's one site (see src/emulator). */
export const LOCAL_SITE_ID = 'localhost,5f2a1c3e-8a4b-4c1d-9e2f-000000000001,5f2a1c3e-8a4b-4c1d-9e2f-000000000002';

export function localConfig(origin: string): AppConfig {
  return { graphBaseUrl: `${origin}/graph/v1.0`, emulatorUrl: `${origin}/graph`, siteId: LOCAL_SITE_ID };
}
