import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The emulator stands in for SharePoint, which knows nothing of the app: outside its demo seed
 * it may not use the app's data layer, workflow rules, stores or screens. Sharing them would let
 * an app rule pass for a SharePoint one, or an app bug agree with itself.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const EMULATOR = path.join(SRC, 'emulator');
const FORBIDDEN = ['data', 'domain/workflow', 'state', 'ui'].map((dir) => path.join(SRC, dir));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(EMULATOR, 'seed') ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every module a file imports or re-exports, statically or dynamically. */
function specifiersOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ''));
}

function forbiddenImports(): string[] {
  return sourceFiles(EMULATOR).flatMap((file) =>
    specifiersOf(file)
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => {
        const target = path.resolve(path.dirname(file), specifier);
        return FORBIDDEN.some((dir) => target === dir || target.startsWith(`${dir}${path.sep}`));
      })
      .map((specifier) => `${path.relative(SRC, file)} imports ${specifier}`),
  );
}

describe('the emulator’s dependencies', () => {
  it('finds the emulator’s source files', () => {
    expect(sourceFiles(EMULATOR).length).toBeGreaterThan(40);
  });

  it('imports nothing from the app’s data layer, workflow, stores or screens outside the seed', () => {
    expect(forbiddenImports()).toEqual([]);
  });
});
