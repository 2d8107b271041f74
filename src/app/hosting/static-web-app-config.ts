/**
 * The hosting rules the tab needs, as Azure Static Web Apps reads them from
 * `staticwebapp.config.json` at the root of the deployed folder (Microsoft Learn, "Configure Azure
 * Static Web Apps": routes, navigationFallback, globalHeaders). The production build writes it
 * into `dist/`; other hosts take the same rules from the README's "Serve dist/".
 */

/** Hosts that frame the tab: Teams, Outlook, the Microsoft 365 app and SharePoint (commercial cloud). */
export const FRAME_ANCESTORS: readonly string[] = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.sharepoint.com',
];

/** Extra hosts for GCC High tenants. */
export const GCC_HIGH_FRAME_ANCESTORS: readonly string[] = ['https://*.sharepoint.us', 'https://*.teams.microsoft.us'];

const REVALIDATE = 'no-cache';
const ONE_YEAR = 'public, max-age=31536000, immutable';

export interface StaticWebAppConfig {
  readonly routes: readonly { readonly route: string; readonly headers: Readonly<Record<string, string>> }[];
  readonly navigationFallback: { readonly rewrite: string; readonly exclude: readonly string[] };
  readonly globalHeaders: Readonly<Record<string, string>>;
}

/**
 * No `X-Frame-Options` and no `Cross-Origin-Opener-Policy` anywhere: the hosts frame the tab, and
 * MSAL's sign-in window hands its response back through `redirect.html` via `window.opener`.
 * Route headers add to the global ones, so a global COOP could not be taken off `redirect.html`.
 */
export function staticWebAppConfig(extraFrameAncestors: readonly string[] = []): StaticWebAppConfig {
  return {
    routes: [
      { route: '/index.html', headers: { 'cache-control': REVALIDATE } },
      { route: '/redirect.html', headers: { 'cache-control': REVALIDATE } },
      // Chunk and asset names carry a content hash, so a new build never reuses a cached file.
      { route: '/*.{js,mjs,css,png,svg,woff2}', headers: { 'cache-control': ONE_YEAR } },
    ],
    navigationFallback: {
      rewrite: '/index.html',
      exclude: ['/redirect.html', '/*.{js,mjs,css,png,svg,woff2,ico,json}'],
    },
    globalHeaders: {
      'content-security-policy': `frame-ancestors ${[...FRAME_ANCESTORS, ...extraFrameAncestors].join(' ')}`,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    },
  };
}
