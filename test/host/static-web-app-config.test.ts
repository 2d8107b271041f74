import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FRAME_ANCESTORS,
  GCC_HIGH_FRAME_ANCESTORS,
  staticWebAppConfig,
} from '../../src/app/hosting/static-web-app-config';

const headersFor = (route: string) => staticWebAppConfig().routes.find((r) => r.route === route)?.headers ?? {};
const allHeaderNames = () => {
  const config = staticWebAppConfig();
  return [...Object.keys(config.globalHeaders), ...config.routes.flatMap((r) => Object.keys(r.headers))].map((h) =>
    h.toLowerCase(),
  );
};

describe('hosting rules for Azure Static Web Apps', () => {
  it('lets Teams, Outlook, the Microsoft 365 app and SharePoint frame the tab, and nobody else', () => {
    const csp = staticWebAppConfig().globalHeaders['content-security-policy'];
    expect(csp).toMatch(/^frame-ancestors /);
    for (const host of ['https://teams.microsoft.com', 'https://*.sharepoint.com', 'https://outlook.office.com'])
      expect(csp).toContain(host);
    expect(csp).not.toContain('*.sharepoint.us');
    expect(allHeaderNames()).not.toContain('x-frame-options');
  });

  it('adds the hosts a tenant names, such as GCC High or a SharePoint vanity domain', () => {
    const csp = staticWebAppConfig([...GCC_HIGH_FRAME_ANCESTORS, 'https://sharepoint.council.gov.uk']).globalHeaders[
      'content-security-policy'
    ];
    expect(csp).toContain('https://*.sharepoint.us');
    expect(csp).toContain('https://sharepoint.council.gov.uk');
  });

  it('never sends a Cross-Origin-Opener-Policy, so the sign-in window can hand its response back', () => {
    expect(allHeaderNames()).not.toContain('cross-origin-opener-policy');
  });

  it('has the pages revalidated on every load and the hashed chunks cached for a year', () => {
    expect(headersFor('/index.html')['cache-control']).toBe('no-cache');
    expect(headersFor('/redirect.html')['cache-control']).toBe('no-cache');
    expect(headersFor('/*.{js,mjs,css,png,svg,woff2}')['cache-control']).toMatch(/max-age=31536000/);
  });

  it('serves index.html for deep links but never for the sign-in page or a missing chunk', () => {
    const fallback = staticWebAppConfig().navigationFallback;
    expect(fallback.rewrite).toBe('/index.html');
    expect(fallback.exclude).toContain('/redirect.html');
    expect(fallback.exclude.some((pattern) => pattern.includes('js'))).toBe(true);
  });

  it('matches the frame-ancestors list the README gives for other hosts', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const block = /Content-Security-Policy: (frame-ancestors[^`]*?)\n\s*```/.exec(readme)?.[1] ?? '';
    const listed = block.replace('frame-ancestors', '').split(/\s+/).filter(Boolean);
    expect(listed).toEqual([...FRAME_ANCESTORS]);
  });
});
