import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GRAPH_SCOPES } from '../../src/host/auth/graph-scopes';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppPackageError, appPackageProblems, buildAppPackage } from '../../src/cli/app-package/app-package';
import { manifestProblems, schemaVersions } from '../../src/cli/app-package/manifest-schema';
import {
  fillTemplate,
  loadEnv,
  manifestValues,
  ManifestSettingsError,
} from '../../src/cli/app-package/manifest-values';
import { readPngHeader } from '../../src/cli/app-package/png';

const root = path.resolve(import.meta.dirname, '../..');
const manifestDir = path.join(root, 'manifest');
const template = readFileSync(path.join(manifestDir, 'manifest.template.json'), 'utf8');
const colorIcon = readFileSync(path.join(manifestDir, 'color.png'));
const outlineIcon = readFileSync(path.join(manifestDir, 'outline.png'));

const env = {
  JTAI_APP_ID: '6B1F4A57-2C1E-4D3A-9F0B-7E8D9C0A1B2C',
  JTAI_CLIENT_ID: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
  JTAI_HOST_URL: 'https://jtai.haringey.example/',
  JTAI_APP_VERSION: '1.4.0',
};

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const filled = () => fillTemplate(template, manifestValues(env, { version: '0.1.0' })) as Manifest;

describe('manifest template', () => {
  it('uses the newest Teams schema the official package ships (1.24 or newer)', () => {
    const newest = schemaVersions().at(-1)!;
    expect(Number(newest.split('.')[1])).toBeGreaterThanOrEqual(24);
    const manifest = JSON.parse(template) as Manifest;
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`,
    );
  });

  it('fills from the settings: ids, version, tab URLs, valid domain and the api:// resource', () => {
    const manifest = filled();
    expect(manifest.id).toBe('6b1f4a57-2c1e-4d3a-9f0b-7e8d9c0a1b2c');
    expect(manifest.version).toBe('1.4.0');
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({
        scopes: ['personal'],
        context: ['personalTab'],
        contentUrl: 'https://jtai.haringey.example/#/plans',
      }),
    ]);
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://jtai.haringey.example/#/configure',
        // A channel tab, and a tab in a group chat or meeting, opened beside the call in its side panel.
        scopes: ['team', 'groupChat'],
        context: expect.arrayContaining(['channelTab', 'meetingChatTab', 'meetingSidePanel']),
        supportedSharePointHosts: ['sharePointFullPage', 'sharePointWebPart'],
      }),
    ]);
    expect(manifest.validDomains).toEqual(['jtai.haringey.example']);
    expect(manifest.webApplicationInfo).toEqual({
      id: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      resource: 'api://jtai.haringey.example/0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
      // Teams prefetches this token as the tab loads; it helps only if it is the app's first request, scope for scope.
      nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://jtai.haringey.example', scopes: [...GRAPH_SCOPES] }],
    });
    expect(manifest.developer).toMatchObject({ privacyUrl: 'https://jtai.haringey.example' });
    expect(manifestProblems(manifest)).toEqual([]);
  });

  it('takes the version from package.json when none is set', () => {
    expect(manifestValues({ ...env, JTAI_APP_VERSION: '' }, { version: '0.1.0' }).JTAI_APP_VERSION).toBe('0.1.0');
  });

  it('lists every missing or malformed setting, saying what to put there', () => {
    const error = (() => {
      try {
        manifestValues(
          { JTAI_APP_ID: 'jtai', JTAI_HOST_URL: 'http://jtai.haringey.example', JTAI_APP_VERSION: 'one' },
          { version: '0.1.0' },
        );
      } catch (e) {
        return e as ManifestSettingsError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(ManifestSettingsError);
    expect(error.problems).toEqual([
      'JTAI_APP_ID "jtai" is not a GUID: the Teams app id, a GUID of your own that stays the same for every version.',
      "JTAI_CLIENT_ID is not set: the Application (client) ID of the app's Entra registration.",
      'JTAI_HOST_URL "http://jtai.haringey.example" must be an https:// address.',
      'JTAI_APP_VERSION "one" must be a version like 1.2.0.',
    ]);
  });

  it('reads manifest/.env, with the environment winning over the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jtai-env-'));
    const file = path.join(dir, '.env');
    writeFileSync(file, '# settings\nJTAI_APP_ID=from-file\nJTAI_HOST_URL="https://file.example"\nJTAI_CLIENT_ID=\n');
    expect(loadEnv(file, { JTAI_APP_ID: 'from-env', JTAI_CLIENT_ID: '' })).toMatchObject({
      JTAI_APP_ID: 'from-env',
      JTAI_HOST_URL: 'https://file.example',
      JTAI_CLIENT_ID: '',
    });
    expect(loadEnv(path.join(dir, 'missing.env'), { A: '1' })).toEqual({ A: '1' });
  });

  it('refuses a template placeholder that has no setting', () => {
    expect(() => fillTemplate('{"x": "${{JTAI_NOPE}}"}', {})).toThrow(
      /The template uses JTAI_NOPE, which has no value/,
    );
  });
});

describe('app icons', () => {
  it('has a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(readPngHeader(colorIcon)).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    expect(readPngHeader(outlineIcon)).toMatchObject({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
  });

  it('draws the outline white on transparent', () => {
    const pixels = rgbaRows(outlineIcon);
    const alphas = pixels.map((p) => p[3]);
    expect(alphas.some((a) => a === 0)).toBe(true);
    expect(alphas.some((a) => a === 255)).toBe(true);
    expect(pixels.every(([r, g, b]) => r === 255 && g === 255 && b === 255)).toBe(true);
  });
});

describe('app package', () => {
  it('zips manifest.json and the two icons at the root, and the zip validates against the official schema', async () => {
    const zip = await buildAppPackage({ manifest: filled(), colorIcon, outlineIcon });
    const entries = Object.keys((await JSZip.loadAsync(zip)).files).sort();
    expect(entries).toEqual(['color.png', 'manifest.json', 'outline.png']);
    await expect(appPackageProblems(zip)).resolves.toEqual([]);
  });

  it('is the same bytes for the same inputs', async () => {
    const a = await buildAppPackage({ manifest: filled(), colorIcon, outlineIcon });
    const b = await buildAppPackage({ manifest: filled(), colorIcon, outlineIcon });
    expect(a.equals(b)).toBe(true);
  });

  it('rejects a broken manifest with errors that say where and what', async () => {
    const manifest = filled();
    manifest.manifestVersion = '1.30';
    manifest.staticTabs[0].contentUrl = 'jtai.haringey.example/#/plans';
    manifest.configurableTabs[0].supportedSharePointHosts = ['sharePointTeamSite'];
    manifest.webApplicationInfo.id = 'not-a-guid';
    manifest.tabs = [];
    delete manifest.accentColor;
    const error = await buildAppPackage({ manifest, colorIcon, outlineIcon }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppPackageError);
    const { problems, message } = error as AppPackageError;
    expect(problems).toEqual(
      expect.arrayContaining([
        'manifest.json: the required property "accentColor" is missing.',
        'manifest.json: "tabs" is not a property the schema allows here.',
        'staticTabs[0].contentUrl: does not have the expected form (pattern ^[Hh][Tt][Tt][Pp][Ss]?://) (found "jtai.haringey.example/#/plans").',
        'configurableTabs[0].supportedSharePointHosts[0]: must be one of "sharePointFullPage", "sharePointWebPart" (found "sharePointTeamSite").',
        expect.stringMatching(/^webApplicationInfo\.id: does not have the expected form .*\(found "not-a-guid"\)\.$/),
      ]),
    );
    expect(message).toMatch(/^The app package is not valid:\n {2}- /);
  });

  it('rejects a manifest whose version has no official schema, or names none', () => {
    expect(manifestProblems({ ...filled(), manifestVersion: '9.99' })).toEqual([
      expect.stringMatching(/^manifestVersion: no official schema for "9\.99" \(installed: .*1\.24, .*\)\.$/),
    ]);
    const { manifestVersion: _, ...unversioned } = filled();
    expect(manifestProblems(unversioned)).toEqual([
      'manifest.json: the required property "manifestVersion" is missing.',
    ]);
  });

  it('rejects icons of the wrong size and a zip without manifest.json', async () => {
    const swapped = await buildAppPackage({ manifest: filled(), colorIcon: outlineIcon, outlineIcon: colorIcon }).catch(
      (e: AppPackageError) => e.problems,
    );
    expect(swapped).toEqual(['color.png is 32×32; Teams needs 192×192.', 'outline.png is 192×192; Teams needs 32×32.']);
    const empty = new JSZip();
    empty.file('readme.txt', 'hi');
    await expect(appPackageProblems(await empty.generateAsync({ type: 'uint8array' }))).resolves.toEqual([
      'manifest.json is not at the root of the zip.',
    ]);
  });
});

describe('npm run package', () => {
  const run = promisify(execFile);
  const cli = (extraEnv: Record<string, string>) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/package-app.ts'], {
      cwd: root,
      env: {
        ...process.env,
        JTAI_ENV_FILE: path.join(tmpdir(), 'jtai-no-such.env'),
        JTAI_APP_ID: '',
        JTAI_CLIENT_ID: '',
        JTAI_HOST_URL: '',
        ...extraEnv,
      },
    });

  it('writes appPackage/build/appPackage.zip from the environment and checks it', async () => {
    const { stdout } = await cli({ ...env });
    expect(stdout).toMatch(/Wrote appPackage\/build\/appPackage\.zip .* valid against the Teams schema/);
    await expect(appPackageProblems(readFileSync(path.join(root, 'appPackage/build/appPackage.zip')))).resolves.toEqual(
      [],
    );
  }, 60_000);

  it('fails with the missing settings listed', async () => {
    const failure = await cli({}).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /JTAI_APP_ID is not set[\s\S]*JTAI_CLIENT_ID is not set[\s\S]*JTAI_HOST_URL is not set/,
    );
  }, 60_000);
});

/** The outline's pixels (our encoder writes filter 0 on every row). */
function rgbaRows(png: Buffer): number[][] {
  const { width, height } = readPngHeader(png);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const pixels: number[][] = [];
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = y * (width * 4 + 1) + 1 + x * 4;
      pixels.push([raw[i]!, raw[i + 1]!, raw[i + 2]!, raw[i + 3]!]);
    }
  }
  return pixels;
}
