import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `npm test` must pass on a clone with nothing beside it: no test, test helper or script may point at a path
 * outside the repository (the public data the tests need lives in tests/fixtures/public-data/).
 */
const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SCANNED = ['tests', 'scripts', 'bench', '.ci', 'vitest.config.ts', 'package.json'];
const TEXT = /\.(ts|tsx|mjs|js|cjs|json|sh|py)$|^run$/;

function filesUnder(path: string): string[] {
  const abs = join(root, path);
  let st;
  try {
    st = statSync(abs);
  } catch {
    return [];
  }
  if (st.isFile()) return [path];
  return readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'fixtures' || e.name === 'results') return [];
    const child = join(path, e.name);
    return e.isDirectory() ? filesUnder(child) : TEXT.test(e.name) ? [child] : [];
  });
}

/** Relative paths in string literals that climb out of the repository, and absolute paths to the tree beside it. */
export function pathsOutside(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g)) {
    const target = resolve(root, dirname(file), m[1]!);
    if (relative(root, target).startsWith('..')) found.push(m[1]!);
  }
  // The one tree beside the repository on the developers' machines, and the variable that pointed at it.
  for (const m of text.matchAll(/['"`](\/work\/[^'"`\s]*)['"`]/g)) found.push(m[1]!);
  const oldVariable = ['TINHGON', 'SHARED', 'DATA'].join('_');
  if (text.includes(oldVariable)) found.push(oldVariable);
  return found;
}

describe('the tests travel with the repository', () => {
  it('finds an escape when there is one (the rule itself works)', () => {
    // The escaping path is assembled here so that this file does not itself hold one.
    const escape = ['..', '..', '..', 'shared', 'data'].join('/');
    expect(pathsOutside('tests/support/x.ts', `new URL('${escape}', import.meta.url)`)).toEqual([escape]);
    expect(pathsOutside('tests/support/x.ts', "import { a } from '../../electron/shared/domain';")).toEqual(
      [],
    );
  });

  it('no test, helper or script points outside the repository', () => {
    const offenders = SCANNED.flatMap(filesUnder).flatMap((f) =>
      pathsOutside(f, readFileSync(join(root, f), 'utf8')).map((p) => `${f}: ${p}`),
    );
    expect(offenders).toEqual([]);
  });
});
