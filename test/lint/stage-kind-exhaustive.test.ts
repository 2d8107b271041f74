import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const domain = path.join(root, 'src/domain');
const vocabulary = path.join(domain, 'workflow/stage-vocabulary.ts');

/** The workflow rules and, through their imports, the rest of the domain they use. */
const workflowFiles = (): string[] =>
  readdirSync(path.join(domain, 'workflow'), { encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(domain, 'workflow', f));

/** Type-checks the workflow rules with the vocabulary's text changed by `edit`; the files with errors, relative to src/domain. */
function filesFailingWith(edit: (text: string) => string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    return text !== undefined && path.resolve(file) === vocabulary ? edit(text) : text;
  };
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language) => {
    if (path.resolve(file) !== vocabulary) return getSourceFile(file, language);
    const text = host.readFile(file);
    return text === undefined ? undefined : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram(workflowFiles(), options, host);
  const failing = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file)
    .map((d) => path.relative(domain, d.file!.fileName));
  return [...new Set(failing)].sort();
}

describe('a new stage kind', () => {
  // Each builds a TypeScript program: seconds of work, more on a busy machine.
  it('type-checks as the vocabulary stands', { timeout: 120_000 }, () => {
    expect(filesFailingWith((text) => text)).toEqual([]);
  });

  it('fails the type check until the kind rules say how each rule treats it', { timeout: 120_000 }, () => {
    const addHearing = (text: string) => {
      const kinds = "'closed',\n] as const;\nexport type StageKind";
      if (!text.includes(kinds)) throw new Error('STAGE_KINDS is no longer written as this probe expects.');
      return text.replace(kinds, "'closed',\n  'hearing',\n] as const;\nexport type StageKind");
    };
    const failing = filesFailingWith(addHearing);
    expect(failing).toContain('workflow/stage-kind-rules.ts');
  });
});
