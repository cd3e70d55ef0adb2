/**
 * One type world (issue 15 item 7): the resolvers are typed by the Resolvers generated from schema/, so a resolver
 * that disagrees with the SDL fails the typecheck. Proven here by compiling deliberately wrong resolvers
 * (fixtures/wrongResolvers.ts) and expecting exactly one error at each line marked `// expect-error:`, and the same
 * resolvers written right (fixtures/rightResolvers.ts) without any.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const base = fileURLToPath(new URL('../../tsconfig.base.json', import.meta.url));

function compilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(base, (path) => readFileSync(path, 'utf8'));
  return { ...ts.convertCompilerOptionsFromJson(config.compilerOptions, '.').options, noEmit: true };
}

const files = [fixture('wrongResolvers.ts'), fixture('rightResolvers.ts')];
// One program for both fixtures: building it (the generated types, the server they import) is most of the time.
const program = ts.createProgram(files, compilerOptions());

/** Lines (1-based) of the type errors tsc reports in `file`. */
function errorLines(file: string): number[] {
  const source = program.getSourceFile(file);
  return ts
    .getPreEmitDiagnostics(program, source)
    .filter((d) => d.file?.fileName === source?.fileName && d.start !== undefined)
    .map((d) => (source as ts.SourceFile).getLineAndCharacterOfPosition(d.start as number).line + 1);
}

describe('resolver types generated from schema/', () => {
  it('fail the typecheck where a resolver disagrees with the SDL: result, argument, parent, null', () => {
    const file = fixture('wrongResolvers.ts');
    const marked = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// expect-error:') ? [i + 2] : []));
    expect(marked).toHaveLength(4);
    expect([...new Set(errorLines(file))].sort((a, b) => a - b)).toEqual(marked);
  }, 120_000);

  it('pass where the same resolvers follow the SDL', () => {
    expect(errorLines(fixture('rightResolvers.ts'))).toEqual([]);
  }, 120_000);
});
