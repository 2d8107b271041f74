import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The official Teams manifest schemas ship in @microsoft/app-manifest; nothing is fetched. */
const schemasDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

/** Manifest versions with a schema in the installed package, oldest first (`1.24`, …). */
export function schemaVersions(): string[] {
  return readdirSync(schemasDir)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(version: string): ValidateFunction {
  const cached = compiled.get(version);
  if (cached) return cached;
  const file = path.join(schemasDir, `v${version}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) {
    throw new Error(
      `No Teams manifest schema for manifestVersion "${version}" (installed: ${schemaVersions().join(', ')}).`,
    );
  }
  // The schemas are draft-04 and loose about `type` next to keywords; the Teams tools validate them the same way.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  compiled.set(version, validate);
  return validate;
}

/** Validates a manifest against the official schema of its own `manifestVersion`; [] when valid. */
export function manifestProblems(manifest: unknown): string[] {
  const version = (manifest as { manifestVersion?: unknown } | null)?.manifestVersion;
  if (typeof version !== 'string') return ['manifest.json: the required property "manifestVersion" is missing.'];
  if (!schemaVersions().includes(version)) {
    return [`manifestVersion: no official schema for "${version}" (installed: ${schemaVersions().join(', ')}).`];
  }
  const validate = validatorFor(version);
  if (validate(manifest)) return [];
  return [...new Set((validate.errors ?? []).map((error) => describe(error, manifest)))];
}

/** One schema error as a sentence: where (`staticTabs[0].contentUrl`), what is wrong, and the value found. */
function describe(error: ErrorObject, manifest: unknown): string {
  const where = readablePath(error.instancePath);
  const value = valueAt(manifest, error.instancePath);
  const shown = value === undefined ? '' : ` (found ${JSON.stringify(value).slice(0, 80)})`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${where}: the required property "${String(params['missingProperty'])}" is missing.`;
    case 'additionalProperties':
      return `${where}: "${String(params['additionalProperty'])}" is not a property the schema allows here.`;
    case 'enum':
      return `${where}: must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${shown}.`;
    case 'const':
      return `${where}: must be ${JSON.stringify(params['allowedValue'])}${shown}.`;
    case 'pattern':
      return `${where}: does not have the expected form (pattern ${String(params['pattern'])})${shown}.`;
    default:
      return `${where}: ${error.message ?? 'is not valid'}${shown}.`;
  }
}

function readablePath(pointer: string): string {
  if (!pointer) return 'manifest.json';
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const part of pointer.split('/').slice(1)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return typeof current === 'object' ? undefined : current;
}
