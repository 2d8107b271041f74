import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The rules ESLint reports for a probe file of this source at this path (the file need not exist). */
async function rulesBroken(eslint: ESLint, file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rules (eslint.config.js), on probe files', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('keep React, other packages and the network out of the domain', async () => {
    const source = "import { useState } from 'react';\nexport const probe = useState;\n";
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', source)).toContain('no-restricted-imports');
    const fetching = 'export const probe = () => fetch("/x");\n';
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', fetching)).toContain('no-restricted-globals');
  });

  it('keep the clock out of the domain, however it is read', async () => {
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', 'export const t = Date.now();\n')).toContain(
      'no-restricted-properties',
    );
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', 'export const t = new Date();\n')).toContain(
      'no-restricted-syntax',
    );
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', "export const t = new Date('2026-12-06');\n")).toEqual(
      [],
    );
  });

  it('keep every package and everything outside src/domain out of the domain', async () => {
    const hash = "import { sha256 } from '@noble/hashes/sha2.js';\nexport const probe = sha256;\n";
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', hash)).toContain('no-restricted-imports');
    const upward = "import type { PlanStore } from '../data/plan-store.port';\nexport type Probe = PlanStore;\n";
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', upward)).toContain('import-x/no-restricted-paths');
  });

  it('let the domain take SHA-256 from @noble/hashes in its one hash module, and nothing else there', async () => {
    const file = 'src/domain/workflow/sha256.ts';
    const noble =
      "import { sha256 } from '@noble/hashes/sha2.js';\nimport { bytesToHex } from '@noble/hashes/utils.js';\n" +
      'export const probe = (m: Uint8Array) => bytesToHex(sha256(m));\n';
    expect(await rulesBroken(eslint, file, noble)).toEqual([]);
    const other = "import { sha512 } from '@noble/hashes/sha2';\nexport const probe = sha512;\n";
    expect(await rulesBroken(eslint, file, other)).toContain('no-restricted-imports');
    const react = "import { useState } from 'react';\nexport const probe = useState;\n";
    expect(await rulesBroken(eslint, file, react)).toContain('no-restricted-imports');
  });

  it('give state the data ports only, never the Graph adapter, however the path is written', async () => {
    const adapter =
      "import { createGraphPlanStore } from '../data/graph/graph-plan-store';\nexport const p = createGraphPlanStore;\n";
    expect(await rulesBroken(eslint, 'src/state/lint-probe.ts', adapter)).toContain('import-x/no-restricted-paths');
    const roundabout =
      "import { createGraphPlanStore } from '../state/../data/graph/graph-plan-store';\nexport const p = createGraphPlanStore;\n";
    expect(await rulesBroken(eslint, 'src/state/lint-probe.ts', roundabout)).toContain('import-x/no-restricted-paths');
    const port = "import type { PlanStore } from '../data/plan-store.port';\nexport type Probe = PlanStore;\n";
    expect(await rulesBroken(eslint, 'src/state/lint-probe.ts', port)).toEqual([]);
  });

  it('keep the screens away from data and the host SDKs', async () => {
    const data =
      "import { createGraphPlanStore } from '../../data/graph/graph-plan-store';\nexport const p = createGraphPlanStore;\n";
    expect(await rulesBroken(eslint, 'src/ui/plan/lint-probe.ts', data)).toContain('import-x/no-restricted-paths');
    const teams = "import { app } from '@microsoft/teams-js';\nexport const p = app;\n";
    expect(await rulesBroken(eslint, 'src/ui/plan/lint-probe.ts', teams)).toContain('no-restricted-imports');
  });

  it('keep the plan screens and the plan settings from importing each other', async () => {
    const settings = "import { PlanSettings } from '../settings/plan-settings';\nexport const p = PlanSettings;\n";
    expect(await rulesBroken(eslint, 'src/ui/plan/lint-probe.ts', settings)).toContain('import-x/no-restricted-paths');
    const plan = "import { PlanTabs } from '../plan/plan-tabs';\nexport const p = PlanTabs;\n";
    expect(await rulesBroken(eslint, 'src/ui/settings/lint-probe.ts', plan)).toContain('import-x/no-restricted-paths');
    const composed =
      "import { PlanPage } from './plan/plan-page';\nimport { PlanSettings } from './settings/plan-settings';\n" +
      'export const p = [PlanPage, PlanSettings];\n';
    expect(await rulesBroken(eslint, 'src/ui/lint-probe.ts', composed)).toEqual([]);
  });

  it('keep source functions to 80 lines and files to 300', async () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const longFunction = `export function probe(): void {\n${body}\n}\n`;
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', longFunction)).toContain('max-lines-per-function');
    const longFile = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', longFile)).toContain('max-lines');
    const comments = Array.from({ length: 400 }, (_, i) => `// note ${i}`).join('\n');
    expect(await rulesBroken(eslint, 'src/domain/lint-probe.ts', `${comments}\nexport const v = 1;\n`)).toEqual([]);
  });
});
