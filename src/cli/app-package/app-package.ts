import JSZip from 'jszip';
import { manifestProblems } from './manifest-schema';
import { readPngHeader } from './png';

/** What goes in the zip: manifest.json and the two icons, all at its root. */
export interface AppPackageFiles {
  readonly manifest: unknown;
  readonly colorIcon: Uint8Array;
  readonly outlineIcon: Uint8Array;
}

export class AppPackageError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The app package is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
    this.problems = problems;
  }
}

/** A fixed timestamp keeps the zip byte-for-byte the same for the same inputs. */
const ZIP_DATE = new Date(Date.UTC(2024, 0, 1));

/** Builds the zip Teams admins upload, then checks the built zip itself; throws AppPackageError. */
export async function buildAppPackage(files: AppPackageFiles): Promise<Buffer> {
  const icons = iconNames(files.manifest);
  const zip = new JSZip();
  const options = { date: ZIP_DATE, createFolders: false };
  zip.file('manifest.json', `${JSON.stringify(files.manifest, null, 2)}\n`, options);
  zip.file(icons.color, files.colorIcon, options);
  zip.file(icons.outline, files.outlineIcon, options);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  const problems = await appPackageProblems(bytes);
  if (problems.length > 0) throw new AppPackageError(problems);
  return bytes;
}

/** Everything wrong with a package zip, offline: layout, manifest schema, icon sizes. [] when valid. */
export async function appPackageProblems(bytes: Uint8Array): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return [`The package is not a zip file (${(error as Error).message}).`];
  }
  const entry = zip.file('manifest.json');
  if (!entry) return ['manifest.json is not at the root of the zip.'];
  let manifest: unknown;
  try {
    manifest = JSON.parse(await entry.async('string'));
  } catch (error) {
    return [`manifest.json is not valid JSON (${(error as Error).message}).`];
  }
  const problems = manifestProblems(manifest);
  const icons = iconNames(manifest);
  problems.push(
    ...(await iconProblems(zip, icons.color, 192, false)),
    ...(await iconProblems(zip, icons.outline, 32, true)),
  );
  const folders = Object.keys(zip.files).filter((name) => name.includes('/'));
  if (folders.length > 0)
    problems.push(`Files must sit at the root of the zip, not in folders: ${folders.join(', ')}.`);
  return problems;
}

function iconNames(manifest: unknown): { color: string; outline: string } {
  const icons = (manifest as { icons?: { color?: unknown; outline?: unknown } } | null)?.icons;
  return {
    color: typeof icons?.color === 'string' ? icons.color : 'color.png',
    outline: typeof icons?.outline === 'string' ? icons.outline : 'outline.png',
  };
}

async function iconProblems(zip: JSZip, name: string, size: number, transparent: boolean): Promise<string[]> {
  const file = zip.file(name);
  if (!file) return [`The icon ${name} named in the manifest is not in the zip.`];
  try {
    const header = readPngHeader(await file.async('uint8array'));
    const problems: string[] = [];
    if (header.width !== size || header.height !== size) {
      problems.push(`${name} is ${header.width}×${header.height}; Teams needs ${size}×${size}.`);
    }
    if (transparent && header.colorType !== 6 && header.colorType !== 4) {
      problems.push(`${name} has no alpha channel; the outline icon must be white on a transparent background.`);
    }
    return problems;
  } catch (error) {
    return [`${name}: ${(error as Error).message}.`];
  }
}
