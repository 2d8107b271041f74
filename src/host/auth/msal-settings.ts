import type { Configuration } from '@azure/msal-browser';

export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The tenant to sign in to. When the host says which tenant the app runs in, tokens come from
 * that tenant, which is what a guest from a partner tenant (B2B) needs; otherwise `organizations`
 * lets any work account sign in to its own tenant.
 */
export function authorityFor(tenantId: string | null | undefined, authorityHost = DEFAULT_AUTHORITY_HOST): string {
  const tenant = tenantId && GUID.test(tenantId) ? tenantId.toLowerCase() : 'organizations';
  return `${authorityHost.replace(/\/+$/, '')}/${tenant}`;
}

export function msalConfiguration(options: {
  readonly clientId: string;
  readonly tenantId?: string | null;
  readonly redirectUri?: string;
  readonly authorityHost?: string;
}): Configuration {
  return {
    auth: {
      clientId: options.clientId,
      authority: authorityFor(options.tenantId, options.authorityHost),
      ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
    },
    cache: { cacheLocation: 'localStorage' },
  };
}
